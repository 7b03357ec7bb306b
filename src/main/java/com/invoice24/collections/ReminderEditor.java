package com.invoice24.collections;

import com.invoice24.clients.ClientId;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.RefusedRequestException;
import com.invoice24.workspace.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the workspace's and a client's reminder pages share: the step editor's buttons (add, remove, move,
 * preview) answered without saving, and the save's checks put next to the fields they are about.
 */
@Component
class ReminderEditor {

    /** The fragment htmx swaps in; the full page answers a browser without JavaScript. */
    static final String FRAGMENT = "collections/reminder-editor :: editor";

    private final ReminderPreviews previews;

    ReminderEditor(ReminderPreviews previews) {
        this.previews = previews;
    }

    /** Applies the button pressed and, for "preview", fills in that step for a real or sample invoice. */
    void edit(WorkspaceId workspace, @Nullable ClientId client, ReminderStepsForm form, @Nullable String action,
              Model model) {
        form.edit(action).ifPresent(row -> {
            model.addAttribute("previewIndex", row);
            model.addAttribute("preview", previews.of(workspace, client, form.getSteps().get(row).asTyped()));
        });
    }

    /** The steps to save, or null with every problem on its field (the typed values stay in the form). */
    @Nullable List<ReminderSequences.StepRequest> checked(ReminderStepsForm form, BindingResult result) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ReminderSequences.StepRequest> requests = form.requests(problems);
        try {
            ReminderSequences.validated(requests);
        } catch (RefusedRequestException refused) {
            problems.addAll(refused.problems());
        }
        problems.forEach(problem -> result.rejectValue(problem.field(), "refused", problem.message()));
        if (result.hasErrors()) {
            result.reject("refused", "Nothing was saved: correct the fields marked below.");
            return null;
        }
        return requests;
    }

    static String view(@Nullable String htmx, String page) {
        return "true".equals(htmx) ? FRAGMENT : page;
    }
}
