package com.invoice24.workspace;

import java.io.Serializable;
import java.util.UUID;

/** Serializable because it travels in the session of a signed-in member. */
public record WorkspaceId(UUID value) implements Serializable {

    public static WorkspaceId random() {
        return new WorkspaceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
