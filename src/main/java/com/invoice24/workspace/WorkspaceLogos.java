package com.invoice24.workspace;

import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.Timestamps;
import com.invoice24.shared.Uploads;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The logo at the top of invoices: a PNG or JPEG of at most 1 MB, recognised by its bytes, not its name. */
@Service
public class WorkspaceLogos {

    static final int MAX_BYTES = 1024 * 1024;

    private final JdbcClient jdbc;
    private final Clock clock;

    WorkspaceLogos(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Logo(MediaType contentType, byte[] bytes) {
    }

    public Optional<Logo> logoOf(WorkspaceId workspace) {
        return jdbc.sql("SELECT content_type, bytes FROM workspace_logos WHERE workspace_id = :workspace")
                .param("workspace", workspace.value())
                .query((rs, row) -> new Logo(MediaType.parseMediaType(rs.getString("content_type")), rs.getBytes("bytes")))
                .optional();
    }

    /** The logo inlined for a document template ({@code <img src="data:...">}), if there is one. */
    public @Nullable String dataUriOf(WorkspaceId workspace) {
        return logoOf(workspace)
                .map(logo -> "data:" + logo.contentType() + ";base64," + Base64.getEncoder().encodeToString(logo.bytes()))
                .orElse(null);
    }

    boolean hasLogo(WorkspaceId workspace) {
        return jdbc.sql("SELECT count(*) FROM workspace_logos WHERE workspace_id = :workspace")
                .param("workspace", workspace.value()).query(Long.class).single() > 0;
    }

    void replace(WorkspaceId workspace, byte[] bytes) {
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw refused("Upload a logo of at most 1 MB.");
        }
        MediaType type = Uploads.require("file", bytes, Set.of(Uploads.PNG, Uploads.JPEG),
                "Upload the logo as a PNG or JPEG image.");
        jdbc.sql("""
                INSERT INTO workspace_logos (workspace_id, content_type, bytes, updated_at)
                VALUES (:workspace, :type, :bytes, :now)
                ON CONFLICT (workspace_id) DO UPDATE
                SET content_type = excluded.content_type, bytes = excluded.bytes, updated_at = excluded.updated_at""")
                .param("workspace", workspace.value())
                .param("type", type.toString())
                .param("bytes", bytes)
                .param("now", Timestamps.of(clock.instant()))
                .update();
    }

    void remove(WorkspaceId workspace) {
        jdbc.sql("DELETE FROM workspace_logos WHERE workspace_id = :workspace")
                .param("workspace", workspace.value()).update();
    }

    private static BusinessRuleException refused(String message) {
        return new BusinessRuleException(message, List.of(new FieldProblem("file", message)));
    }
}
