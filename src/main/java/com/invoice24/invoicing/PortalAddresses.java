package com.invoice24.invoicing;

/**
 * Where the client's people open an invoice without an account. The portal issues these addresses;
 * emails that carry an invoice (the invoice itself, reminders) ask for one in the sending transaction.
 */
public interface PortalAddresses {

    /** A new link to the invoice in the portal, valid for the portal's link lifetime. */
    String invoiceLink(Invoice invoice);
}
