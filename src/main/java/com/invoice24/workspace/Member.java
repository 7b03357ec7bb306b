package com.invoice24.workspace;

import java.time.Clock;
import java.time.Instant;

/** A person who signs in to a workspace, with one role there. */
record Member(MemberId id, WorkspaceId workspaceId, String email, String name, String passwordHash, Role role,
              Instant createdAt) {

    static Member join(WorkspaceId workspace, String email, String name, String passwordHash, Role role, Clock clock) {
        return new Member(MemberId.random(), workspace, email.trim(), name.trim(), passwordHash, role, clock.instant());
    }

    Member withRole(Role newRole) {
        return new Member(id, workspaceId, email, name, passwordHash, newRole, createdAt);
    }
}
