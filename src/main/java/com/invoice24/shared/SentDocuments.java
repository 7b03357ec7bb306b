package com.invoice24.shared;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDF of a document exactly as it went out. Kept in the sending transaction and never replaced,
 * so the copy a member downloads later is byte for byte the one the client received, whatever has
 * changed in the settings, the client or the template since.
 */
@Component
public class SentDocuments {

    /** The documents kept; each feature keeps its own kind and reads back only that. */
    public enum Kind { INVOICE, CREDIT_NOTE }

    private final JdbcClient jdbc;
    private final Clock clock;

    SentDocuments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Keeps the PDF in the caller's transaction, so it exists exactly when the sending committed. A
     * second copy of the same document is refused (a duplicate key), which rolls the sending back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public byte[] keep(Kind kind, UUID workspaceId, UUID documentId, byte[] pdf) {
        jdbc.sql("""
                INSERT INTO sent_documents (kind, document_id, workspace_id, pdf, sent_at)
                VALUES (:kind, :document, :workspace, :pdf, :sentAt)""")
                .param("kind", kind.name())
                .param("document", documentId)
                .param("workspace", workspaceId)
                .param("pdf", pdf)
                .param("sentAt", Timestamps.of(clock.instant()))
                .update();
        return pdf;
    }

    public Optional<byte[]> find(Kind kind, UUID workspaceId, UUID documentId) {
        return jdbc.sql("""
                SELECT pdf FROM sent_documents
                WHERE kind = :kind AND document_id = :document AND workspace_id = :workspace""")
                .param("kind", kind.name())
                .param("document", documentId)
                .param("workspace", workspaceId)
                .query((rs, row) -> rs.getBytes("pdf"))
                .optional();
    }
}
