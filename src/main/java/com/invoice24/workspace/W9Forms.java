package com.invoice24.workspace;

import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.Timestamps;
import com.invoice24.shared.Uploads;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The provider's W-9 as a PDF of at most 2 MB, sent with invoices when the settings say so. */
@Service
public class W9Forms {

    public static final String FILENAME = "W-9.pdf";
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    W9Forms(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<byte[]> w9Of(WorkspaceId workspace) {
        return jdbc.sql("SELECT pdf FROM workspace_w9_forms WHERE workspace_id = :workspace")
                .param("workspace", workspace.value())
                .query((rs, row) -> rs.getBytes("pdf"))
                .optional();
    }

    boolean hasW9(WorkspaceId workspace) {
        return jdbc.sql("SELECT count(*) FROM workspace_w9_forms WHERE workspace_id = :workspace")
                .param("workspace", workspace.value()).query(Long.class).single() > 0;
    }

    /** Keeps the upload if it really is a readable PDF: a renamed image or a broken file is refused. */
    void replace(WorkspaceId workspace, byte[] bytes) {
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw refused("Upload the W-9 as a PDF of at most 2 MB.");
        }
        Uploads.require("file", bytes, Set.of(Uploads.PDF), "Upload the W-9 as a PDF; this file is not one.");
        if (pages(bytes) == 0) {
            throw refused("That file is not a PDF we can read. Upload the W-9 as a PDF.");
        }
        jdbc.sql("""
                INSERT INTO workspace_w9_forms (workspace_id, pdf, updated_at)
                VALUES (:workspace, :pdf, :now)
                ON CONFLICT (workspace_id) DO UPDATE SET pdf = excluded.pdf, updated_at = excluded.updated_at""")
                .param("workspace", workspace.value())
                .param("pdf", bytes)
                .param("now", Timestamps.of(clock.instant()))
                .update();
        events.publishEvent(AuditableChange.of(workspace, AuditableChange.Subject.SETTINGS, workspace.value(), "W-9",
                "uploaded", pages(bytes) + "-page PDF"));
    }

    /** Invoices set to carry the W-9 keep it until the setting changes, so no invoice goes out without it. */
    void remove(WorkspaceId workspace, W9Offer offer) {
        if (offer == W9Offer.ATTACHED) {
            throw refused("Invoices are set to carry your W-9. Choose \"W-9 available on request\" or"
                    + " \"Nothing about the W-9\" and save, then remove it.");
        }
        jdbc.sql("DELETE FROM workspace_w9_forms WHERE workspace_id = :workspace")
                .param("workspace", workspace.value()).update();
        events.publishEvent(AuditableChange.of(workspace, AuditableChange.Subject.SETTINGS, workspace.value(), "W-9",
                "removed", ""));
    }

    private static int pages(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getNumberOfPages();
        } catch (IOException unreadable) {
            return 0;
        }
    }

    private static BusinessRuleException refused(String message) {
        return new BusinessRuleException(message, List.of(new FieldProblem("file", message)));
    }
}
