package com.invoice24.invoicing;

import com.invoice24.delivery.EmailAttachment;
import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.Timestamps;
import com.invoice24.shared.Uploads;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Supporting files on an invoice: timesheets, receipts, acceptance notes. At most 10 MB
 * each, and only PDF, PNG, JPEG, CSV or XLSX, recognised by their bytes rather than their names, and kept
 * with the type their bytes show.
 */
@Repository
class InvoiceAttachments {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Set<MediaType> ACCEPTED = Set.of(Uploads.PDF, Uploads.PNG, Uploads.JPEG, Uploads.TEXT,
            Uploads.OFFICE_DOCUMENT);
    private static final String REFUSAL = "Attach a PDF, PNG, JPEG, CSV or XLSX file; this file is none of those.";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final JdbcClient jdbc;
    private final Clock clock;

    InvoiceAttachments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    AttachmentInfo add(Invoice invoice, String filename, byte[] bytes) {
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw refused("Attach files of at most 10 MB.");
        }
        String type = contentType(bytes);
        AttachmentInfo info = new AttachmentInfo(UUID.randomUUID(), cleanName(filename, type), type, bytes.length,
                clock.instant());
        jdbc.sql("""
                INSERT INTO invoice_attachments (id, workspace_id, invoice_id, filename, content_type, size, bytes, created_at)
                VALUES (:id, :workspace, :invoice, :filename, :type, :size, :bytes, :createdAt)""")
                .param("id", info.id())
                .param("workspace", invoice.workspaceId().value())
                .param("invoice", invoice.id().value())
                .param("filename", info.filename())
                .param("type", type)
                .param("size", bytes.length)
                .param("bytes", bytes)
                .param("createdAt", Timestamps.of(info.createdAt()))
                .update();
        return info;
    }

    List<AttachmentInfo> of(Invoice invoice) {
        return jdbc.sql("SELECT id, filename, content_type, size, created_at FROM invoice_attachments "
                        + "WHERE invoice_id = :invoice AND workspace_id = :workspace ORDER BY created_at, filename")
                .param("invoice", invoice.id().value())
                .param("workspace", invoice.workspaceId().value())
                .query((rs, row) -> new AttachmentInfo(rs.getObject("id", UUID.class), rs.getString("filename"),
                        rs.getString("content_type"), rs.getInt("size"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    Optional<EmailAttachment> file(Invoice invoice, UUID id) {
        return jdbc.sql("SELECT filename, content_type, bytes FROM invoice_attachments "
                        + "WHERE id = :id AND invoice_id = :invoice AND workspace_id = :workspace")
                .param("id", id)
                .param("invoice", invoice.id().value())
                .param("workspace", invoice.workspaceId().value())
                .query((rs, row) -> new EmailAttachment(rs.getString("filename"), rs.getString("content_type"),
                        rs.getBytes("bytes")))
                .optional();
    }

    List<EmailAttachment> files(Invoice invoice) {
        return of(invoice).stream().map(info -> file(invoice, info.id()).orElseThrow()).toList();
    }

    /** The sniffed type, with plain text taken as CSV and an Office document only if it is a workbook. */
    private static String contentType(byte[] bytes) {
        MediaType type = Uploads.require("file", bytes, ACCEPTED, REFUSAL);
        if (type.equals(Uploads.TEXT)) {
            return "text/csv";
        }
        if (type.equals(Uploads.OFFICE_DOCUMENT)) {
            if (!isSpreadsheet(bytes)) {
                throw new InvalidRequestException(REFUSAL, List.of(new FieldProblem("file", REFUSAL)));
            }
            return XLSX;
        }
        return type.toString();
    }

    /** An XLSX file is a zip with the workbook under {@code xl/}. */
    private static boolean isSpreadsheet(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("xl/")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static String cleanName(String filename, String type) {
        String name = filename.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").trim();
        return name.isEmpty() ? "attachment" + extension(type) : name;
    }

    private static String extension(String type) {
        return switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "text/csv" -> ".csv";
            default -> ".xlsx";
        };
    }

    private static BusinessRuleException refused(String message) {
        return new BusinessRuleException(message, List.of(new FieldProblem("file", message)));
    }
}
