package com.invoice24.delivery;

import com.invoice24.workspace.WorkspaceId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record OutgoingEmail(WorkspaceId workspaceId, EmailKind kind, @Nullable UUID invoiceId,
                            @Nullable String reminderStep, String to, List<String> cc, String subject,
                            String body, List<EmailAttachment> attachments) {
}
