package com.invoice24.collections;

import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.PageActions;
import com.invoice24.shared.RefusedRequestException;
import com.invoice24.workspace.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The collection actions of the invoice page (dispute, resolve, promise, payment plan); each answers
 * with a flash message on the page it came from.
 */
@Controller
class InvoiceCollectionsController {

    private final Disputes disputes;
    private final Promises promises;
    private final PaymentPlans plans;

    InvoiceCollectionsController(Disputes disputes, Promises promises, PaymentPlans plans) {
        this.disputes = disputes;
        this.promises = promises;
        this.plans = plans;
    }

    /** The payment-plan form of the invoice page; rows left empty are not installments. */
    @PostMapping("/invoices/{id}/payment-plan")
    String paymentPlan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                       @RequestParam(name = "dueOn", required = false) @Nullable List<@Nullable String> dueOn,
                       @RequestParam(name = "amount", required = false) @Nullable List<@Nullable String> amount,
                       @RequestParam MultiValueMap<String, String> typed, RedirectAttributes flash) {
        List<PaymentPlans.InstallmentRequest> installments = new ArrayList<>();
        int rows = Math.max(dueOn == null ? 0 : dueOn.size(), amount == null ? 0 : amount.size());
        for (int row = 0; row < rows; row++) {
            String day = dueOn != null && row < dueOn.size() ? dueOn.get(row) : null;
            String money = amount != null && row < amount.size() ? amount.get(row) : null;
            LocalDate date = date(day);
            if (date != null || (money != null && !money.isBlank())) {
                installments.add(new PaymentPlans.InstallmentRequest(date, decimal(money)));
            }
        }
        return act(id, "payment-plan", typed, flash, "Payment plan signed: reminders follow the installments.",
                () -> plans.create(user, new InvoiceId(id), installments));
    }

    private static @Nullable BigDecimal decimal(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.trim().replace(",", "").replace("$", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A date field as the page sent it. A browser without a date picker sends whatever was typed;
     * what is not a yyyy-MM-dd date counts as no date, which the action refuses on the page.
     */
    private static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @PostMapping("/invoices/{id}/dispute")
    String dispute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @RequestParam(defaultValue = "") String reason,
                   @RequestParam(required = false) @Nullable String resolveBy,
                   @RequestParam(required = false) @Nullable String owner,
                   @RequestParam MultiValueMap<String, String> typed, RedirectAttributes flash) {
        return act(id, "dispute", typed, flash, "Dispute recorded; reminders are paused until it is resolved.",
                () -> disputes.open(user, new InvoiceId(id), reason, date(resolveBy), owner));
    }

    @PostMapping("/invoices/{id}/dispute/resolve")
    String resolve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @RequestParam(required = false) Disputes.@Nullable Outcome outcome,
                   @RequestParam(required = false) @Nullable String note,
                   @RequestParam MultiValueMap<String, String> typed, RedirectAttributes flash) {
        return act(id, "resolve", typed, flash, outcome == Disputes.Outcome.CORRECTED
                        ? "Dispute resolved: the invoice is voided and a corrected draft is ready in Invoices."
                        : "Dispute resolved; reminders resume.",
                () -> disputes.resolve(user, new InvoiceId(id), outcome, note));
    }

    @PostMapping("/invoices/{id}/promise")
    String promise(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @RequestParam(required = false) @Nullable String promisedDate,
                   @RequestParam(required = false) @Nullable String note,
                   @RequestParam MultiValueMap<String, String> typed, RedirectAttributes flash) {
        return act(id, "promise", typed, flash, "Promise recorded; reminders wait until it is due.",
                () -> promises.record(user, new InvoiceId(id), date(promisedDate), note));
    }

    private static String act(UUID invoice, String form, MultiValueMap<String, String> typed,
                              RedirectAttributes flash, String done, Runnable action) {
        return PageActions.attempt(flash, "/invoices/" + invoice, form, typed, done, action);
    }
}
