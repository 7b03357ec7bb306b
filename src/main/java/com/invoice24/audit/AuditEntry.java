package com.invoice24.audit;

import com.invoice24.workspace.AuditableChange.Subject;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the audit log; {@code memberId} is empty for what a job did. */
public record AuditEntry(UUID id, Instant at, @Nullable UUID memberId, String memberName, Subject subject,
                         String subjectId, String subjectLabel, String action, String summary) {
}
