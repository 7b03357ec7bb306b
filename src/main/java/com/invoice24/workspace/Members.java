package com.invoice24.workspace;

import com.invoice24.shared.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Members {

    private static final String COLUMNS = "id, workspace_id, email, name, password_hash, role, created_at";

    /** A removed member's row stays for the names in history, but they are no longer a member. */
    private static final String ACTIVE = "removed_at IS NULL";

    private final JdbcClient jdbc;

    Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Member member) {
        jdbc.sql("""
                INSERT INTO members (id, workspace_id, email, name, password_hash, role, created_at, version)
                VALUES (:id, :workspaceId, :email, :name, :passwordHash, :role, :createdAt, 0)""")
                .param("id", member.id().value())
                .param("workspaceId", member.workspaceId().value())
                .param("email", member.email())
                .param("name", member.name())
                .param("passwordHash", member.passwordHash())
                .param("role", member.role().name())
                .param("createdAt", Timestamps.of(member.createdAt()))
                .update();
    }

    Optional<Member> withEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM members WHERE lower(email) = lower(:email) AND " + ACTIVE)
                .param("email", email.trim())
                .query(Members::member)
                .optional();
    }

    boolean emailTaken(String email) {
        return withEmail(email).isPresent();
    }

    Optional<Member> find(WorkspaceId workspace, MemberId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM members WHERE workspace_id = :workspaceId AND id = :id AND "
                        + ACTIVE)
                .param("workspaceId", workspace.value())
                .param("id", id.value())
                .query(Members::member)
                .optional();
    }

    /** The member as they are now, for a signed-in session to pick up a new role or a removal. */
    Optional<Member> current(MemberId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM members WHERE id = :id AND " + ACTIVE)
                .param("id", id.value())
                .query(Members::member)
                .optional();
    }

    List<Member> of(WorkspaceId workspace) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM members WHERE workspace_id = :workspaceId AND " + ACTIVE
                        + " ORDER BY created_at")
                .param("workspaceId", workspace.value())
                .query(Members::member)
                .list();
    }

    static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(new MemberId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                rs.getString("email"), rs.getString("name"), rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")), rs.getTimestamp("created_at").toInstant());
    }
}
