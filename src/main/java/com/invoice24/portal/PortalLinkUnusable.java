package com.invoice24.portal;

import com.invoice24.workspace.WorkspaceId;
import org.jspecify.annotations.Nullable;

/**
 * A link that opens nothing: never issued (or mistyped, or tampered with), expired, or revoked. The portal answers
 * with a polite page naming whom to ask; the workspace is known only for links that once worked.
 */
class PortalLinkUnusable extends RuntimeException {

    enum Reason { UNKNOWN, EXPIRED, REVOKED }

    private final Reason reason;
    private final @Nullable WorkspaceId workspace;

    PortalLinkUnusable(Reason reason, @Nullable WorkspaceId workspace) {
        super("Portal link " + reason.name().toLowerCase(java.util.Locale.ROOT));
        this.reason = reason;
        this.workspace = workspace;
    }

    Reason reason() {
        return reason;
    }

    @Nullable WorkspaceId workspace() {
        return workspace;
    }
}
