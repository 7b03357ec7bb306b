package com.invoice24.collections;

import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.Money;
import com.invoice24.shared.PageActions;
import com.invoice24.shared.TypedNumbers;
import com.invoice24.workspace.CurrentUser;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Follow-ups on the pages: the section of the invoice page (loaded by htmx, since invoicing cannot read
 * collections), the form that marks one done from the home page or the invoice page, and the threshold on the
 * reminder settings page. A refusal comes back as a message in the form it came from.
 */
@Controller
class FollowUpController {

    private final FollowUps followUps;

    FollowUpController(FollowUps followUps) {
        this.followUps = followUps;
    }

    @GetMapping("/invoices/{id}/sections/follow-ups")
    String invoiceSection(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("invoiceId", id);
        model.addAttribute("followUps", followUps.list(user.workspaceId(), null, new InvoiceId(id)));
        return "collections/follow-ups :: invoice-section";
    }

    /** Back to the invoice page when the form was there ({@code back=invoice}), else to the home page. */
    @PostMapping("/follow-ups/{id}/done")
    String done(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                @RequestParam(required = false) @Nullable String reference,
                @RequestParam(required = false) @Nullable String note,
                @RequestParam(required = false) @Nullable String back,
                @RequestParam MultiValueMap<String, String> typed, RedirectAttributes flash) {
        FollowUp followUp = followUps.find(user.workspaceId(), id);
        String page = "invoice".equals(back) ? "/invoices/" + followUp.invoiceId() : "/";
        return PageActions.attempt(flash, page, "follow-up-" + id, typed, "Done: " + followUp.title() + ".",
                () -> followUps.complete(user, id, reference, note));
    }

    @PostMapping("/settings/reminders/follow-ups")
    String threshold(@AuthenticationPrincipal CurrentUser user,
                     @RequestParam(defaultValue = "") String confirmReceiptThreshold,
                     @RequestParam MultiValueMap<String, String> typed, RedirectAttributes flash) {
        return PageActions.attempt(flash, "/settings/reminders", "follow-up-policy", typed,
                "Follow-up settings saved.", () -> followUps.changeConfirmReceiptThreshold(user.workspaceId(),
                        amount(confirmReceiptThreshold)));
    }

    private static @Nullable Money amount(String typed) {
        try {
            BigDecimal amount = TypedNumbers.parse(typed);
            return amount == null ? null : Money.of(amount);
        } catch (IllegalArgumentException notANumber) {
            throw new BusinessRuleException("That is not an amount.",
                    List.of(new FieldProblem("confirmReceiptThreshold", "Enter an amount like 5000.00")));
        }
    }
}
