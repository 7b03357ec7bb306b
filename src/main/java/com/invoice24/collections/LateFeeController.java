package com.invoice24.collections;

import com.invoice24.shared.FormErrors;
import com.invoice24.shared.RefusedRequestException;
import com.invoice24.workspace.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The late-fee settings page: the policy as a form that keeps what was typed when it is refused. */
@Controller
class LateFeeController {

    private static final String FORM = "collections/late-fees";

    private final LateFeePolicy lateFees;
    private final FormErrors forms;

    LateFeeController(LateFeePolicy lateFees, FormErrors forms) {
        this.lateFees = lateFees;
        this.forms = forms;
    }

    @GetMapping("/settings/late-fees")
    String initPolicyForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        LateFeePolicy.Policy policy = lateFees.of(user.workspaceId());
        return page(new LateFeePolicy.Request(policy.kind(),
                policy.amount() == null ? null : policy.amount().amount(), policy.percent(), policy.graceDays(),
                policy.cap() == null ? null : policy.cap().amount()), model);
    }

    @PostMapping("/settings/late-fees")
    String processPolicyForm(@AuthenticationPrincipal CurrentUser user,
                             @ModelAttribute("form") LateFeePolicy.Request form, BindingResult result, Model model,
                             RedirectAttributes flash) {
        if (forms.invalid(form, result)) {
            return page(form, model);
        }
        try {
            lateFees.replace(user.workspaceId(), form);
        } catch (RefusedRequestException refused) {
            forms.reject(refused, result);
            return page(form, model);
        }
        flash.addFlashAttribute("message", "Late-fee policy saved.");
        return "redirect:/settings/late-fees";
    }

    private static String page(LateFeePolicy.Request form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", LateFeePolicy.Kind.values());
        return FORM;
    }
}
