package com.invoice24.delivery;

import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every email of every workspace, queued, sent or failed, with its attachments. */
@Repository
class EmailLog {

    private final JdbcClient jdbc;

    EmailLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a new email; attachments are given with their content, or copied from the email this one resends. */
    Email add(Email email, List<EmailAttachment> attachments) {
        jdbc.sql("""
                INSERT INTO emails (id, workspace_id, kind, invoice_id, reminder_step, to_address, cc_addresses,
                    subject, body, status, attempts, next_attempt_at, resend_of, queued_at, version)
                VALUES (:id, :workspace, :kind, :invoice, :reminderStep, :to, :cc, :subject, :body, :status, 0,
                    :nextAttemptAt, :resendOf, :queuedAt, 0)""")
                .param("id", email.id().value())
                .param("workspace", email.workspaceId().value())
                .param("kind", email.kind().name())
                .param("invoice", email.invoiceId())
                .param("reminderStep", email.reminderStep())
                .param("to", email.to())
                .param("cc", email.cc().toArray(String[]::new))
                .param("subject", email.subject())
                .param("body", email.body())
                .param("status", email.status().name())
                .param("nextAttemptAt", Timestamps.of(email.nextAttemptAt()))
                .param("resendOf", email.resendOf() == null ? null : email.resendOf().value())
                .param("queuedAt", Timestamps.of(email.queuedAt()))
                .update();
        for (int position = 0; position < attachments.size(); position++) {
            EmailAttachment attachment = attachments.get(position);
            jdbc.sql("""
                    INSERT INTO email_attachments (email_id, position, filename, content_type, content)
                    VALUES (:email, :position, :filename, :contentType, :content)""")
                    .param("email", email.id().value())
                    .param("position", position)
                    .param("filename", attachment.filename())
                    .param("contentType", attachment.contentType())
                    .param("content", attachment.content())
                    .update();
        }
        return email;
    }

    /**
     * Adds new emails, without attachments, in one multi-row insert however many there are; a
     * duplicate reminder step fails the whole insert, as it fails {@link #add} for one.
     */
    List<Email> addAll(List<Email> emails) {
        if (emails.isEmpty()) {
            return emails;
        }
        StringBuilder rows = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        for (int row = 0; row < emails.size(); row++) {
            Email email = emails.get(row);
            rows.append(row == 0 ? "" : ",\n").append(("(:id%1$d, :workspace%1$d, :kind%1$d, :invoice%1$d, "
                    + ":reminderStep%1$d, :to%1$d, :cc%1$d, :subject%1$d, :body%1$d, :status, 0, :nextAttemptAt%1$d, "
                    + "NULL, :queuedAt%1$d, 0)").formatted(row));
            params.put("id" + row, email.id().value());
            params.put("workspace" + row, email.workspaceId().value());
            params.put("kind" + row, email.kind().name());
            params.put("invoice" + row, email.invoiceId());
            params.put("reminderStep" + row, email.reminderStep());
            params.put("to" + row, email.to());
            params.put("cc" + row, email.cc().toArray(String[]::new));
            params.put("subject" + row, email.subject());
            params.put("body" + row, email.body());
            params.put("nextAttemptAt" + row, Timestamps.of(email.nextAttemptAt()));
            params.put("queuedAt" + row, Timestamps.of(email.queuedAt()));
        }
        params.put("status", EmailStatus.QUEUED.name());
        jdbc.sql("""
                INSERT INTO emails (id, workspace_id, kind, invoice_id, reminder_step, to_address, cc_addresses,
                    subject, body, status, attempts, next_attempt_at, resend_of, queued_at, version)
                VALUES\n""" + rows)
                .params(params)
                .update();
        return emails;
    }

    Email addCopy(Email copy, EmailId original) {
        add(copy, List.of());
        jdbc.sql("""
                INSERT INTO email_attachments (email_id, position, filename, content_type, content)
                SELECT :copy, position, filename, content_type, content FROM email_attachments WHERE email_id = :original""")
                .param("copy", copy.id().value())
                .param("original", original.value())
                .update();
        return copy;
    }

    /**
     * Saves what a batch of delivery attempts changed, sent and failed alike, in one statement, if
     * nobody changed those emails since they were read.
     */
    void saveAll(List<Email> emails) {
        if (emails.isEmpty()) {
            return;
        }
        int saved = jdbc.sql("""
                UPDATE emails e SET status = o.status, attempts = o.attempts, next_attempt_at = o.next_attempt_at,
                    last_error = o.last_error, delivered_via = o.delivered_via, sent_at = o.sent_at,
                    version = e.version + 1
                FROM unnest(CAST(:ids AS UUID[]), CAST(:versions AS BIGINT[]), CAST(:statuses AS TEXT[]),
                            CAST(:attempts AS INT[]), CAST(:nextAttemptAts AS TIMESTAMPTZ[]),
                            CAST(:lastErrors AS TEXT[]), CAST(:deliveredVia AS TEXT[]),
                            CAST(:sentAts AS TIMESTAMPTZ[]))
                    AS o(id, version, status, attempts, next_attempt_at, last_error, delivered_via, sent_at)
                WHERE e.id = o.id AND e.version = o.version""")
                .param("ids", column(emails, email -> email.id().value()))
                .param("versions", column(emails, Email::version))
                .param("statuses", column(emails, Email::status))
                .param("attempts", column(emails, Email::attempts))
                .param("nextAttemptAts", column(emails, Email::nextAttemptAt))
                .param("lastErrors", column(emails, Email::lastError))
                .param("deliveredVia", column(emails, Email::deliveredVia))
                .param("sentAts", column(emails, Email::sentAt))
                .update();
        if (saved != emails.size()) {
            throw new OptimisticLockingFailureException(
                    "%d of %d emails were changed by someone else".formatted(emails.size() - saved, emails.size()));
        }
    }

    Optional<Email> find(WorkspaceId workspace, EmailId id) {
        return withAttachments(jdbc.sql("SELECT * FROM emails WHERE workspace_id = :workspace AND id = :id")
                .param("workspace", workspace.value())
                .param("id", id.value())
                .query(EmailLog::email)
                .list()).stream().findFirst();
    }

    /**
     * Up to {@code limit} queued emails that are due, those that have waited longest first, locked
     * until the caller's transaction ends. Rows another instance is sending are skipped rather than
     * waited for, so two instances share the queue and never send the same email. The order is that
     * of the partial index {@code emails_due_order_idx}, so a batch is read off its front.
     */
    List<Email> lockDue(Instant now, int limit) {
        return jdbc.sql("""
                SELECT * FROM emails
                WHERE status = 'QUEUED' AND next_attempt_at <= :now
                ORDER BY next_attempt_at, queue_order
                LIMIT :limit
                FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamps.of(now))
                .param("limit", limit)
                .query(EmailLog::email)
                .list();
    }

    /**
     * Takes the invoice's queued emails of a kind out of the queue, with any attachments; one the
     * deliver-emails job holds right now is skipped and goes out. The subjects of those taken out.
     */
    List<String> withdrawQueued(WorkspaceId workspace, UUID invoice, EmailKind kind) {
        return jdbc.sql("""
                WITH withdrawn AS (
                    SELECT id FROM emails
                    WHERE workspace_id = :workspace AND invoice_id = :invoice AND kind = :kind AND status = 'QUEUED'
                    FOR UPDATE SKIP LOCKED),
                attachments AS (DELETE FROM email_attachments WHERE email_id IN (SELECT id FROM withdrawn))
                DELETE FROM emails WHERE id IN (SELECT id FROM withdrawn) RETURNING subject""")
                .param("workspace", workspace.value())
                .param("invoice", invoice)
                .param("kind", kind.name())
                .query(String.class)
                .list();
    }

    List<Email> ofInvoice(WorkspaceId workspace, UUID invoice) {
        return withAttachments(jdbc.sql("""
                SELECT * FROM emails WHERE workspace_id = :workspace AND invoice_id = :invoice
                ORDER BY queued_at, queue_order""")
                .param("workspace", workspace.value())
                .param("invoice", invoice)
                .query(EmailLog::email)
                .list());
    }

    /** The workspace's latest emails, newest first, optionally of one status only. */
    List<Email> latest(WorkspaceId workspace, @Nullable EmailStatus status, int limit) {
        return withAttachments(jdbc.sql("""
                SELECT * FROM emails
                WHERE workspace_id = :workspace AND (CAST(:status AS TEXT) IS NULL OR status = :status)
                ORDER BY queued_at DESC, queue_order DESC
                LIMIT :limit""")
                .param("workspace", workspace.value())
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .query(EmailLog::email)
                .list());
    }

    /** The attachments of these emails, with their content, each email's in order, read in one query. */
    Map<EmailId, List<EmailAttachment>> attachmentsOf(List<Email> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT email_id, filename, content_type, content FROM email_attachments
                WHERE email_id IN (:emails)
                ORDER BY email_id, position""")
                .param("emails", ids(emails))
                .query((rs, row) -> Map.entry(new EmailId(rs.getObject("email_id", UUID.class)), attachment(rs, row)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    Optional<EmailAttachment> attachment(EmailId email, int position) {
        return jdbc.sql("""
                SELECT filename, content_type, content FROM email_attachments
                WHERE email_id = :email AND position = :position""")
                .param("email", email.value())
                .param("position", position)
                .query(EmailLog::attachment)
                .optional();
    }

    /** The emails as read, each with the names and sizes of its attachments (not their content). */
    private List<Email> withAttachments(List<Email> emails) {
        if (emails.isEmpty()) {
            return emails;
        }
        Map<UUID, List<AttachedFile>> files = jdbc.sql("""
                SELECT email_id, filename, content_type, octet_length(content) AS size FROM email_attachments
                WHERE email_id IN (:emails)
                ORDER BY email_id, position""")
                .param("emails", ids(emails))
                .query((rs, row) -> Map.entry(rs.getObject("email_id", UUID.class),
                        new AttachedFile(rs.getString("filename"), rs.getString("content_type"), rs.getLong("size"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return emails.stream()
                .map(email -> email.withAttachments(files.getOrDefault(email.id().value(), List.of())))
                .toList();
    }

    private static Collection<UUID> ids(List<Email> emails) {
        return emails.stream().map(email -> email.id().value()).toList();
    }

    /**
     * One field of every email as a text array, the one array type the driver takes for any element;
     * the statement casts it to the column's type. Enums go by name, instants in ISO form.
     */
    private static @Nullable String[] column(List<Email> emails, Function<Email, @Nullable Object> field) {
        return emails.stream()
                .map(field)
                .map(value -> value instanceof Enum<?> constant ? constant.name() : Objects.toString(value, null))
                .toArray(String[]::new);
    }

    private static Email email(ResultSet rs, int row) throws SQLException {
        String deliveredVia = rs.getString("delivered_via");
        UUID resendOf = rs.getObject("resend_of", UUID.class);
        return new Email(new EmailId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                EmailKind.valueOf(rs.getString("kind")), rs.getObject("invoice_id", UUID.class),
                rs.getString("reminder_step"), rs.getString("to_address"),
                List.of((String[]) rs.getArray("cc_addresses").getArray()), rs.getString("subject"),
                rs.getString("body"), EmailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
                deliveredVia == null ? null : DeliveryChannel.valueOf(deliveredVia),
                resendOf == null ? null : new EmailId(resendOf), instant(rs.getTimestamp("queued_at")),
                nullableInstant(rs.getTimestamp("sent_at")), List.of(), rs.getLong("version"));
    }

    private static EmailAttachment attachment(ResultSet rs, int row) throws SQLException {
        return new EmailAttachment(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }

    private static @Nullable Instant nullableInstant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
