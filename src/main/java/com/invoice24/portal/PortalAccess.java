package com.invoice24.portal;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What one opened link lets its holder see: one client of one workspace, and one invoice of that client when the
 * link is an invoice's. Everything a portal page reads is scoped by it.
 */
record PortalAccess(UUID linkId, String token, WorkspaceId workspace, ClientId client, @Nullable InvoiceId invoice,
                    Instant expiresAt) {

    public boolean isInvoice() {
        return invoice != null;
    }

    /** The invoice of an invoice link; a statement link opens no single invoice. */
    InvoiceId requireInvoice() {
        if (invoice == null) {
            throw new PortalLinkUnusable(PortalLinkUnusable.Reason.UNKNOWN, workspace);
        }
        return invoice;
    }

    /** The portal path of this link, for links between its pages. */
    public String path(String rest) {
        return "/portal/" + token + rest;
    }
}
