package com.invoice24.workspace;

import java.time.Instant;
import java.util.UUID;

/** An open invitation for someone to join a workspace with a role. */
record Invitation(UUID id, WorkspaceId workspaceId, String email, Role role, Instant createdAt, Instant expiresAt) {
}
