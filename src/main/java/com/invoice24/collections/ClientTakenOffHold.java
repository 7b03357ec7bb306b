package com.invoice24.collections;

import com.invoice24.clients.ClientId;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;

/**
 * The client's hold lifted (paid up, a plan signed, or by hand).
 */
public record ClientTakenOffHold(WorkspaceId workspace, ClientId client, String reason, Instant at) {
}
