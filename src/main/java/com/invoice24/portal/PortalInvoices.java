package com.invoice24.portal;

import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.NotFoundException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Opens the invoice a portal request is about, and refuses everything else. An invoice link reaches its one invoice;
 * a statement link reaches the client's sent invoices by id. Another client's invoice, another workspace's, or a
 * draft answer exactly as an invoice that does not exist, so a link reveals nothing beyond what it names.
 */
@Component
class PortalInvoices {

    private final PortalLinks links;
    private final Invoicing invoicing;

    PortalInvoices(PortalLinks links, Invoicing invoicing) {
        this.links = links;
        this.invoicing = invoicing;
    }

    /** The invoice of {@code token}; {@code invoiceId} is given when the link is a statement's. */
    OpenedInvoice open(String token, @Nullable UUID invoiceId) {
        PortalAccess access = links.open(token);
        InvoiceId id;
        String base;
        if (access.isInvoice()) {
            id = access.requireInvoice();
            if (invoiceId != null && !invoiceId.equals(id.value())) {
                throw new NotFoundException("Invoice");
            }
            base = access.path("");
        } else {
            if (invoiceId == null) {
                throw new NotFoundException("Invoice");
            }
            id = new InvoiceId(invoiceId);
            base = access.path("/invoices/" + invoiceId);
        }
        Invoice invoice = invoicing.invoice(access.workspace(), id);
        if (!invoice.clientId().equals(access.client()) || invoice.isDraft()) {
            throw new NotFoundException("Invoice");
        }
        return new OpenedInvoice(access, invoice, base);
    }
}
