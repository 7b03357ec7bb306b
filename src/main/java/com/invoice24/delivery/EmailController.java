package com.invoice24.delivery;

import com.invoice24.workspace.CurrentUser;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The email log pages: what went out, what is waiting, what failed and why. */
@Controller
class EmailController {

    private final Outbox outbox;

    EmailController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/emails")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "all") String status,
                Model model) {
        @Nullable EmailStatus shown = statusNamed(status);
        model.addAttribute("emails", outbox.latest(user.workspaceId(), shown));
        model.addAttribute("status", shown == null ? "all" : shown.name());
        model.addAttribute("statuses", EmailStatus.values());
        model.addAttribute("limit", Outbox.LOG_LIMIT);
        return "emails/list";
    }

    @GetMapping("/emails/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("email", outbox.email(user.workspaceId(), new EmailId(id)));
        model.addAttribute("maxAttempts", Email.MAX_ATTEMPTS);
        return "emails/show";
    }

    @GetMapping("/emails/{id}/attachments/{index}")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                      @PathVariable int index) {
        return AttachmentDownload.of(outbox.attachment(user.workspaceId(), new EmailId(id), index));
    }

    @PostMapping("/emails/{id}/resend")
    String resend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        Email copy = outbox.resend(user.workspaceId(), new EmailId(id));
        flash.addFlashAttribute("message", "Queued again for " + copy.to() + ". It goes out within a minute.");
        return "redirect:/emails/" + copy.id();
    }

    /** An unknown filter in a hand-typed address shows everything rather than an error. */
    private static @Nullable EmailStatus statusNamed(String name) {
        return Arrays.stream(EmailStatus.values())
                .filter(status -> status.name().equalsIgnoreCase(name))
                .findFirst().orElse(null);
    }
}
