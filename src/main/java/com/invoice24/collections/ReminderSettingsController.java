package com.invoice24.collections;

import com.invoice24.workspace.CurrentUser;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings › Reminders: the workspace's reminder sequence, edited as a whole and saved at once; below it, from
 * what total a sent invoice gets a confirm-receipt follow-up ({@link FollowUpController} saves that).
 */
@Controller
class ReminderSettingsController {

    private static final String PAGE = "collections/reminders";
    private static final String EDIT = "/settings/reminders/edit";

    private final ReminderSequences sequences;
    private final ReminderEditor editor;
    private final FollowUps followUps;

    ReminderSettingsController(ReminderSequences sequences, ReminderEditor editor, FollowUps followUps) {
        this.sequences = sequences;
        this.editor = editor;
        this.followUps = followUps;
    }

    @InitBinder("form")
    void rowsOnlyWithinTheLimit(WebDataBinder binder) {
        ReminderStepsForm.bindOnlyItsFields(binder);
    }

    @GetMapping("/settings/reminders")
    String initRemindersForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", ReminderStepsForm.of(sequences.steps(user.workspaceId())));
        return page(user, model);
    }

    /** A button of the editor: the rows change (or one is previewed) and nothing is saved. */
    @PostMapping(EDIT)
    String editRemindersForm(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ReminderStepsForm form,
                             BindingResult typed, @RequestParam(required = false) @Nullable String action,
                             @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        editor.edit(user.workspaceId(), null, form, action, model);
        page(user, model);
        return ReminderEditor.view(htmx, PAGE);
    }

    @PostMapping("/settings/reminders")
    String processRemindersForm(@AuthenticationPrincipal CurrentUser user,
                                @ModelAttribute("form") ReminderStepsForm form, BindingResult result, Model model,
                                RedirectAttributes flash) {
        List<ReminderSequences.StepRequest> steps = editor.checked(form, result);
        if (steps == null) {
            return page(user, model);
        }
        sequences.replace(user.workspaceId(), steps);
        flash.addFlashAttribute("message", "Reminder steps saved.");
        return "redirect:/settings/reminders";
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("confirmReceiptThreshold", followUps.confirmReceiptThreshold(user.workspaceId()));
        model.addAttribute("editUrl", EDIT);
        model.addAttribute("mergeFields", ReminderEmails.MERGE_FIELDS.stream().sorted().toList());
        return PAGE;
    }
}
