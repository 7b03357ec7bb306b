package com.invoice24.workspace;

import com.invoice24.shared.Timestamps;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Workspaces {

    private final JdbcClient jdbc;

    Workspaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Workspace workspace) {
        jdbc.sql("INSERT INTO workspaces (id, name, created_at, version) VALUES (:id, :name, :createdAt, 0)")
                .param("id", workspace.id().value())
                .param("name", workspace.name())
                .param("createdAt", Timestamps.of(workspace.createdAt()))
                .update();
    }

    public Optional<Workspace> find(WorkspaceId id) {
        return jdbc.sql("SELECT id, name, created_at FROM workspaces WHERE id = :id")
                .param("id", id.value())
                .query((rs, row) -> new Workspace(new WorkspaceId(rs.getObject("id", UUID.class)),
                        rs.getString("name"), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }
}
