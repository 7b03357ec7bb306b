package com.invoice24.portal;

import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceActivity;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.InvoiceState;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's hold on an invoice's portal links: a fresh link to send by hand, and revoking every link at once,
 * say after an email reached the wrong person. A void invoice can still have its links revoked, but gets no new
 * one: it is not to be paid.
 */
@Component
class InvoiceLinks {

    private final PortalLinks links;
    private final Invoicing invoicing;
    private final InvoiceActivity activity;

    InvoiceLinks(PortalLinks links, Invoicing invoicing, InvoiceActivity activity) {
        this.links = links;
        this.invoicing = invoicing;
        this.activity = activity;
    }

    PortalLinks.Issued issue(CurrentUser user, InvoiceId id) {
        Invoice invoice = invoicing.invoice(user.workspaceId(), id);
        if (invoice.state() == InvoiceState.VOID) {
            throw new WrongStateException("Invoice " + invoice.label() + " is void; it gets no new link.");
        }
        return links.forInvoice(invoice);
    }

    /** Revokes every link to the invoice, on its timeline when there were any; returns how many. */
    @Transactional
    int revokeAll(CurrentUser user, InvoiceId id) {
        Invoice invoice = invoicing.invoice(user.workspaceId(), id);
        int revoked = links.revokeInvoiceLinks(user.workspaceId(), invoice.id());
        if (revoked > 0) {
            activity.record(invoice, "links_revoked", count(revoked) + " to the client portal revoked", user);
        }
        return revoked;
    }

    static String count(int links) {
        return links == 1 ? "1 link" : links + " links";
    }
}
