package com.invoice24.collections;

import com.invoice24.clients.Client;
import com.invoice24.clients.ClientId;
import com.invoice24.clients.ClientOnboarding;
import com.invoice24.collections.ReminderStepsForm.Mode;
import com.invoice24.workspace.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client's reminders page: the workspace's sequence, steps of its own edited like the
 * workspace's, or no reminders at all for this client.
 */
@Controller
class ClientReminderController {

    private static final String PAGE = "collections/client-reminders";

    private final ReminderSequences sequences;
    private final ClientOnboarding clients;
    private final ReminderEditor editor;

    ClientReminderController(ReminderSequences sequences, ClientOnboarding clients, ReminderEditor editor) {
        this.sequences = sequences;
        this.clients = clients;
        this.editor = editor;
    }

    @InitBinder("form")
    void rowsOnlyWithinTheLimit(WebDataBinder binder) {
        ReminderStepsForm.bindOnlyItsFields(binder);
    }

    @GetMapping("/clients/{id}/reminders")
    String initClientRemindersForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Client client = clients.client(user.workspaceId(), new ClientId(id));
        ReminderSequences.ClientOverride override = sequences.overrideFor(user.workspaceId(), client.id());
        ReminderStepsForm form = ReminderStepsForm.of(override.ownSteps() != null ? override.ownSteps()
                : sequences.steps(user.workspaceId()));
        form.setMode(override.remindersOff() ? Mode.OFF : override.ownSteps() != null ? Mode.OWN : Mode.WORKSPACE);
        model.addAttribute("form", form);
        return page(user, client, model);
    }

    /** A button of the step editor: the rows change (or one is previewed) and nothing is saved. */
    @PostMapping("/clients/{id}/reminders/edit")
    String editClientRemindersForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                   @ModelAttribute("form") ReminderStepsForm form, BindingResult typed,
                                   @RequestParam(required = false) @Nullable String action,
                                   @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
                                   Model model) {
        Client client = clients.client(user.workspaceId(), new ClientId(id));
        editor.edit(user.workspaceId(), client.id(), form, action, model);
        page(user, client, model);
        return ReminderEditor.view(htmx, PAGE);
    }

    @PostMapping("/clients/{id}/reminders")
    String processClientRemindersForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                      @ModelAttribute("form") ReminderStepsForm form, BindingResult result,
                                      Model model, RedirectAttributes flash) {
        Client client = clients.client(user.workspaceId(), new ClientId(id));
        if (form.getMode() == null) {
            result.rejectValue("mode", "required", "Choose how this client is reminded");
            return page(user, client, model);
        }
        List<ReminderSequences.StepRequest> own = switch (form.getMode()) {
            case OWN -> editor.checked(form, result);
            case OFF -> currentOwnSteps(user, client);
            case WORKSPACE -> null;
        };
        if (result.hasErrors()) {
            return page(user, client, model);
        }
        sequences.replaceForClient(user.workspaceId(), client.id(), form.getMode() == Mode.OFF, own);
        flash.addFlashAttribute("message", switch (form.getMode()) {
            case OWN -> client.name() + " now has reminder steps of its own.";
            case OFF -> "Reminders are off for " + client.name() + ".";
            case WORKSPACE -> client.name() + " follows the workspace reminder sequence.";
        });
        return "redirect:/clients/" + id + "/reminders";
    }

    /** Switching reminders off keeps the client's own steps, so switching back on finds them again. */
    private @Nullable List<ReminderSequences.StepRequest> currentOwnSteps(CurrentUser user, Client client) {
        List<ReminderStep> own = sequences.overrideFor(user.workspaceId(), client.id()).ownSteps();
        return own == null ? null : own.stream().map(ReminderSequences.StepRequest::of).toList();
    }

    private String page(CurrentUser user, Client client, Model model) {
        model.addAttribute("client", client);
        model.addAttribute("workspaceSteps", sequences.steps(user.workspaceId()));
        model.addAttribute("editUrl", "/clients/" + client.id().value() + "/reminders/edit");
        model.addAttribute("mergeFields", ReminderEmails.MERGE_FIELDS.stream().sorted().toList());
        return PAGE;
    }
}
