package com.invoice24.delivery;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

public record EmailLogEntry(EmailId id, EmailKind kind, String to, List<String> cc, String subject,
                            EmailStatus status, @Nullable Instant sentAt, @Nullable String reminderStep,
                            @Nullable String failureReason, Instant queuedAt) {
}
