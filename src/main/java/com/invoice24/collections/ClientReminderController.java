package com.invoice24.collections;

import com.invoice24.clients.Client;
import com.invoice24.clients.ClientId;
import com.invoice24.clients.ClientOnboarding;
import com.invoice24.workspace.CurrentUser;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client's reminders page: which steps apply to them, and switching reminders off for them. */
@Controller
class ClientReminderController {

    private final ReminderPolicy policy;
    private final ClientOnboarding clients;

    ClientReminderController(ReminderPolicy policy, ClientOnboarding clients) {
        this.policy = policy;
        this.clients = clients;
    }

    @GetMapping("/clients/{id}/reminders")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Client client = clients.client(user.workspaceId(), new ClientId(id));
        ReminderPolicy.ClientOverride override = policy.overrideFor(user.workspaceId(), client.id());
        model.addAttribute("client", client);
        model.addAttribute("override", override);
        model.addAttribute("steps", override.ownSteps() != null ? override.ownSteps()
                : policy.steps(user.workspaceId()));
        return "collections/client-reminders";
    }

    @PostMapping("/clients/{id}/reminders")
    @PreAuthorize("hasAuthority('MANAGE_MONEY')")
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @RequestParam(defaultValue = "false") boolean remindersOff, RedirectAttributes flash) {
        Client client = clients.client(user.workspaceId(), new ClientId(id));
        ReminderPolicy.ClientOverride current = policy.overrideFor(user.workspaceId(), client.id());
        policy.replaceForClient(user.workspaceId(), client.id(), remindersOff, current.ownSteps() == null ? null
                : current.ownSteps().stream().map(step -> new ReminderPolicy.StepRequest(step.key(), step.anchor(),
                        step.offsetDays(), step.minTermsDays(), step.subject(), step.body())).toList());
        flash.addFlashAttribute("message", remindersOff ? "Reminders are off for " + client.name() + "."
                : "Reminders are on for " + client.name() + ".");
        return "redirect:/clients/" + id + "/reminders";
    }
}
