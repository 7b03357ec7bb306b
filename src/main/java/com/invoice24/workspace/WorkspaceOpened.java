package com.invoice24.workspace;

/**
 * A workspace was just opened by sign-up. Published inside the sign-up transaction, so features
 * that give a new workspace its defaults (invoice templates, reminder steps) do so atomically.
 */
public record WorkspaceOpened(WorkspaceId workspaceId) {
}
