package com.invoice24.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page action that redirects back with a flash message: what was done, or, when a rule or the
 * record's state refuses it, the reason in the user's words instead of an error page.
 */
public final class PageActions {

    private PageActions() {
    }

    public static void attempt(RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("message", done);
        } catch (RefusedRequestException | WrongStateException refused) {
            flash.addFlashAttribute("error", reason(refused));
        }
    }

    /**
     * The same for one of several small forms on a page, answered by a redirect to that form
     * ({@code page#form}): when refused, the form's name and what was typed in it ride along, so the
     * page shows the reason in that form and every value again ({@code refusedForm}, {@code typed}:
     * each field by name, and a repeated field also as {@code name.0}, {@code name.1} ...).
     */
    public static String attempt(RedirectAttributes flash, String page, String form,
                                 MultiValueMap<String, String> typed, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("message", done);
            return "redirect:" + page;
        } catch (RefusedRequestException | WrongStateException refused) {
            flash.addFlashAttribute("error", reason(refused));
            flash.addFlashAttribute("refusedForm", form);
            flash.addFlashAttribute("typed", asTyped(typed));
            return "redirect:" + page + "#" + form;
        }
    }

    /** The refusal and, when it names them, what each field needs: "The payment plan is not valid. Make ...". */
    private static String reason(RuntimeException refused) {
        if (!(refused instanceof RefusedRequestException rule) || rule.problems().isEmpty()) {
            return refused.getMessage();
        }
        String needs = String.join("; ", rule.problems().stream().map(FieldProblem::message).toList());
        return refused.getMessage().contains(needs) ? refused.getMessage() : refused.getMessage() + " " + needs + ".";
    }

    /** Plain strings in a plain map: flash attributes are stored with the session in the database. */
    private static LinkedHashMap<String, String> asTyped(MultiValueMap<String, String> fields) {
        LinkedHashMap<String, String> typed = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            if (field.getKey().equals("_csrf") || field.getValue().isEmpty()) {
                continue;
            }
            typed.put(field.getKey(), field.getValue().get(0));
            for (int index = 0; index < field.getValue().size(); index++) {
                typed.put(field.getKey() + "." + index, field.getValue().get(index));
            }
        }
        return typed;
    }
}
