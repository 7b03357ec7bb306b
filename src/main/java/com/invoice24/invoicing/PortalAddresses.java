package com.invoice24.invoicing;

import java.util.Collection;
import java.util.Map;

/**
 * Where the client's people open an invoice without an account. The portal issues these addresses;
 * emails that carry an invoice (the invoice itself, reminders) ask for one in the sending transaction.
 */
public interface PortalAddresses {

    /** A new link to the invoice in the portal, valid for the portal's link lifetime. */
    String invoiceLink(Invoice invoice);

    /** A new link to each invoice, issued together: a batch of reminders costs one statement for its links. */
    Map<InvoiceId, String> invoiceLinks(Collection<Invoice> invoices);
}
