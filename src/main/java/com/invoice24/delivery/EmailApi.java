package com.invoice24.delivery;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.invoice24.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/emails")
@Tag(name = "Email log", description = "Every email sent for the workspace, with its delivery status")
class EmailApi {

    private final Outbox outbox;

    EmailApi(Outbox outbox) {
        this.outbox = outbox;
    }

    record AttachmentView(String filename, String contentType, long size) {

        static AttachmentView of(AttachedFile file) {
            return new AttachmentView(file.filename(), file.contentType(), file.size());
        }
    }

    /**
     * An email as the log lists it. {@code failureReason} is set once it has given up; while it is
     * still being retried, {@code lastError} and {@code nextAttemptAt} say why and when.
     */
    record EmailView(UUID id, EmailKind kind, String to, List<String> cc, String subject, EmailStatus status,
                     @Nullable Instant sentAt, @Nullable String reminderStep, @Nullable String failureReason,
                     Instant queuedAt, @Nullable DeliveryChannel deliveredVia, @Nullable UUID invoiceId, int attempts,
                     @Nullable Instant nextAttemptAt, @Nullable String lastError, @Nullable UUID resendOf,
                     List<AttachmentView> attachments) {

        static EmailView of(Email email) {
            return new EmailView(email.id().value(), email.kind(), email.to(), email.cc(), email.subject(),
                    email.status(), email.sentAt(), email.reminderStep(), email.failureReason(), email.queuedAt(),
                    email.deliveredVia(), email.invoiceId(), email.attempts(),
                    email.status() == EmailStatus.QUEUED ? email.nextAttemptAt() : null, email.lastError(),
                    email.resendOf() == null ? null : email.resendOf().value(),
                    email.attachments().stream().map(AttachmentView::of).toList());
        }
    }

    record EmailDetail(@JsonUnwrapped EmailView email, String body) {

        static EmailDetail of(Email email) {
            return new EmailDetail(EmailView.of(email), email.body());
        }
    }

    /** One invoice's emails oldest first, as its timeline reads; otherwise the latest 200, newest first. */
    @GetMapping
    List<EmailView> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID invoiceId,
                         @RequestParam(required = false) EmailStatus status) {
        List<Email> emails = invoiceId != null ? outbox.ofInvoice(user.workspaceId(), invoiceId)
                : outbox.latest(user.workspaceId(), status);
        return emails.stream()
                .filter(email -> status == null || email.status() == status)
                .map(EmailView::of)
                .toList();
    }

    @GetMapping("/{id}")
    EmailDetail read(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return EmailDetail.of(outbox.email(user.workspaceId(), new EmailId(id)));
    }

    @GetMapping("/{id}/attachments/{index}")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                      @PathVariable int index) {
        return AttachmentDownload.of(outbox.attachment(user.workspaceId(), new EmailId(id), index));
    }

    @PostMapping("/{id}/resend")
    @ResponseStatus(HttpStatus.CREATED)
    EmailDetail resend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return EmailDetail.of(outbox.resend(user.workspaceId(), new EmailId(id)));
    }
}
