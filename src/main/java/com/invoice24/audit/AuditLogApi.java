package com.invoice24.audit;

import com.invoice24.shared.ResultPage;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceSettingsService;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit log", description = "Who changed what and when")
class AuditLogApi {

    private final AuditLog log;
    private final WorkspaceSettingsService workspaces;

    AuditLogApi(AuditLog log, WorkspaceSettingsService workspaces) {
        this.log = log;
        this.workspaces = workspaces;
    }

    /**
     * Newest first. {@code member} is a member id or {@code system} (jobs and sign-ups); {@code subject}
     * a kind such as {@code CLIENT}; {@code from} and {@code to} days in the workspace's time zone, both
     * included.
     */
    @GetMapping("/api/v1/audit-log")
    ResultPage<AuditEntry> list(@AuthenticationPrincipal CurrentUser user,
                                @RequestParam(required = false) @Nullable String member,
                                @RequestParam(required = false) @Nullable String subject,
                                @RequestParam(required = false) @Nullable String from,
                                @RequestParam(required = false) @Nullable String to,
                                @RequestParam(required = false) @Nullable String page,
                                @RequestParam(required = false) @Nullable String size) {
        AuditQuery query = AuditQuery.parse(member, subject, from, to, page, size);
        return log.entries(user.workspaceId(), query, workspaces.settingsOf(user.workspaceId()).timeZone());
    }
}
