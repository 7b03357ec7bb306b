package com.invoice24.workspace;

/**
 * The demo workspace was just opened; features that have demo data (clients, invoices, payments)
 * listen for this and add theirs.
 */
public record DemoWorkspaceCreated(WorkspaceId workspaceId, CurrentUser owner) {
}
