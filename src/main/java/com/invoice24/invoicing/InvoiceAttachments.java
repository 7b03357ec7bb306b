package com.invoice24.invoicing;

import com.invoice24.delivery.EmailAttachment;
import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.Timestamps;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Supporting files on an invoice (F-3.6): timesheets, receipts, acceptance notes. At most 10 MB
 * each, and only PDF, PNG, JPEG, CSV or XLSX, recognised by their bytes rather than their names.
 */
@Repository
class InvoiceAttachments {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
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
        String type = contentType(bytes).orElseThrow(() -> refused(
                "Attach a PDF, PNG, JPEG, CSV or XLSX file; this file is none of those."));
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

    static Optional<String> contentType(byte[] bytes) {
        if (startsWith(bytes, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, ZIP)) {
            return isSpreadsheet(bytes) ? Optional.of(XLSX) : Optional.empty();
        }
        return isText(bytes) ? Optional.of("text/csv") : Optional.empty();
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

    /** A CSV file is UTF-8 text with no control characters but line breaks and tabs. */
    private static boolean isText(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
        } catch (CharacterCodingException e) {
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

    private static boolean startsWith(byte[] bytes, byte[] signature) {
        return bytes.length >= signature.length
                && Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length);
    }

    private static BusinessRuleException refused(String message) {
        return new BusinessRuleException(message, List.of(new FieldProblem("file", message)));
    }
}
