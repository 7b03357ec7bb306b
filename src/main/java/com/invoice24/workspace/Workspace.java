package com.invoice24.workspace;

import java.time.Clock;
import java.time.Instant;

/** The provider's business: everything else belongs to exactly one workspace. */
public record Workspace(WorkspaceId id, String name, Instant createdAt) {

    static Workspace open(String name, Clock clock) {
        return new Workspace(WorkspaceId.random(), name.trim(), clock.instant());
    }
}
