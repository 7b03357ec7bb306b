package com.invoice24.collections;

import com.invoice24.clients.ClientId;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;

/**
 * The client was put on hold: new work and invoices for it wait until the hold lifts.
 */
public record ClientPutOnHold(WorkspaceId workspace, ClientId client, String reason, Instant at) {
}
