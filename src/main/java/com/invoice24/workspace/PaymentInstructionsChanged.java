package com.invoice24.workspace;

import java.time.Instant;
import java.util.List;

/**
 * The workspace's payment instructions changed (set up for the first time included). Published in the
 * changing transaction; the clients who owe money hear of it in that same transaction, so a change
 * nobody was told about cannot happen.
 *
 * @param methods the methods whose instructions changed: "ACH", "Wire", "Check", "Card"
 */
public record PaymentInstructionsChanged(WorkspaceId workspace, PaymentInstructions before,
                                         PaymentInstructions after, List<String> methods, Instant at) {

    public PaymentInstructionsChanged {
        methods = List.copyOf(methods);
    }
}
