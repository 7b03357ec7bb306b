/**
 * The workspace's audit log: who changed what and when, for settings, members, tokens, clients, the
 * catalog and money. Features publish an {@link com.invoice24.workspace.AuditableChange} inside the
 * changing transaction; this package writes it in that same transaction and lists it. It stands on
 * shared and workspace only and nothing depends on it, so every feature can tell it without a cycle.
 */
@NullMarked
package com.invoice24.audit;

import org.jspecify.annotations.NullMarked;
