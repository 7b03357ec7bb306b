package com.invoice24.shared;

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
            flash.addFlashAttribute("error", refused.getMessage());
        }
    }
}
