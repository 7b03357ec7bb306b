package com.invoice24.audit;

import com.invoice24.shared.FormErrors;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.workspace.AuditableChange.Subject;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Settings › Audit log: who changed what and when, newest first, filtered by who, what and when. */
@Controller
class AuditLogController {

    private final AuditLog log;
    private final WorkspaceSettingsService workspaces;
    private final FormErrors forms;

    AuditLogController(AuditLog log, WorkspaceSettingsService workspaces, FormErrors forms) {
        this.log = log;
        this.workspaces = workspaces;
        this.forms = forms;
    }

    /** The filter as typed; every value is text so a bad one comes back beside its field, not as an error page. */
    record AuditFilter(@Nullable String member, @Nullable String subject, @Nullable String from, @Nullable String to,
                       @Nullable String page) {
    }

    @GetMapping("/settings/audit")
    String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") AuditFilter filter,
                BindingResult result, Model model) {
        ZoneId zone = workspaces.settingsOf(user.workspaceId()).timeZone();
        try {
            AuditQuery query = AuditQuery.parse(filter.member(), filter.subject(), filter.from(), filter.to(),
                    filter.page(), null);
            model.addAttribute("entries", log.entries(user.workspaceId(), query, zone));
        } catch (InvalidRequestException refused) {
            forms.reject(refused, result);
        }
        model.addAttribute("authors", log.authors(user.workspaceId()));
        model.addAttribute("subjects", Subject.values());
        model.addAttribute("system", AuditQuery.SYSTEM);
        model.addAttribute("filtered", Stream.of(filter.member(), filter.subject(), filter.from(), filter.to())
                .anyMatch(value -> value != null && !value.isBlank()));
        return "settings/audit";
    }
}
