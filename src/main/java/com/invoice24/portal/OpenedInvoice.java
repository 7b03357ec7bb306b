package com.invoice24.portal;

import com.invoice24.invoicing.Invoice;

/**
 * An invoice a portal link reaches: the link's own invoice, or one of the client's invoices reached from their
 * statement. {@code base} is the portal path its pages and actions hang under.
 */
record OpenedInvoice(PortalAccess access, Invoice invoice, String base) {
}
