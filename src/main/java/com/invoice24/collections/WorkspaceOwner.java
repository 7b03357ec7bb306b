package com.invoice24.collections;

import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The member jobs act as when they create invoices (late fees): the workspace's first owner, loaded
 * through the application's {@link UserDetailsService} as if they signed in.
 */
@Component
class WorkspaceOwner {

    private final JdbcClient jdbc;
    private final UserDetailsService members;

    WorkspaceOwner(JdbcClient jdbc, UserDetailsService members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    Optional<CurrentUser> of(WorkspaceId workspace) {
        return jdbc.sql("SELECT email FROM members WHERE workspace_id = :workspace AND role = 'OWNER' "
                        + "ORDER BY created_at LIMIT 1")
                .param("workspace", workspace.value())
                .query(String.class)
                .optional()
                .map(members::loadUserByUsername)
                .filter(CurrentUser.class::isInstance)
                .map(CurrentUser.class::cast);
    }
}
