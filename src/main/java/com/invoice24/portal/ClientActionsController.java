package com.invoice24.portal;

import com.invoice24.invoicing.ApprovalNeed;
import com.invoice24.shared.PageActions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Let us know" forms of the portal's invoice page, under an invoice link and under a statement link's
 * invoice alike. Each answers by going back to the invoice page: with thanks once done, or with the reason in the
 * form it came from, and what was typed in it, when refused.
 */
@Controller
@ClientFacing
class ClientActionsController {

    private final PortalInvoices invoices;
    private final ClientActions actions;

    ClientActionsController(PortalInvoices invoices, ClientActions actions) {
        this.invoices = invoices;
        this.actions = actions;
    }

    @PostMapping({"/portal/{token}/received", "/portal/{token}/invoices/{invoiceId}/received"})
    String confirmReceipt(@PathVariable String token, @PathVariable @Nullable UUID invoiceId,
                          @RequestParam(required = false) @Nullable String name,
                          @RequestParam MultiValueMap<String, String> typed, RedirectAttributes flash) {
        OpenedInvoice opened = invoices.open(token, invoiceId);
        return act(opened, "received", typed, flash, () -> actions.confirmReceipt(opened, name));
    }

    @PostMapping({"/portal/{token}/needed", "/portal/{token}/invoices/{invoiceId}/needed"})
    String requestApprovalInfo(@PathVariable String token, @PathVariable @Nullable UUID invoiceId,
                               @RequestParam(required = false) @Nullable String need,
                               @RequestParam(required = false) @Nullable String message,
                               @RequestParam(required = false) @Nullable String name,
                               @RequestParam MultiValueMap<String, String> typed, RedirectAttributes flash) {
        OpenedInvoice opened = invoices.open(token, invoiceId);
        return act(opened, "needed", typed, flash,
                () -> actions.requestApprovalInfo(opened, need(need), message, name));
    }

    @PostMapping({"/portal/{token}/dispute", "/portal/{token}/invoices/{invoiceId}/dispute"})
    String dispute(@PathVariable String token, @PathVariable @Nullable UUID invoiceId,
                   @RequestParam(required = false) @Nullable String reason,
                   @RequestParam(required = false) @Nullable String name,
                   @RequestParam MultiValueMap<String, String> typed, RedirectAttributes flash) {
        OpenedInvoice opened = invoices.open(token, invoiceId);
        return act(opened, "dispute", typed, flash, () -> actions.dispute(opened, reason, name));
    }

    @PostMapping({"/portal/{token}/promise", "/portal/{token}/invoices/{invoiceId}/promise"})
    String promise(@PathVariable String token, @PathVariable @Nullable UUID invoiceId,
                   @RequestParam(required = false) @Nullable String promisedDate,
                   @RequestParam(required = false) @Nullable String name,
                   @RequestParam MultiValueMap<String, String> typed, RedirectAttributes flash) {
        OpenedInvoice opened = invoices.open(token, invoiceId);
        return act(opened, "promise", typed, flash, () -> actions.promise(opened, date(promisedDate), name));
    }

    private String act(OpenedInvoice opened, String form, MultiValueMap<String, String> typed,
                       RedirectAttributes flash, Runnable action) {
        return PageActions.attempt(flash, opened.base(), form, typed,
                "Thank you — " + actions.provider(opened) + " has been told.", action);
    }

    /** A need the form did not offer counts as none chosen, which the action refuses in the form. */
    private static @Nullable ApprovalNeed need(@Nullable String typed) {
        return Arrays.stream(ApprovalNeed.values()).filter(need -> need.name().equals(typed)).findFirst().orElse(null);
    }

    /** What is not a yyyy-MM-dd date (a browser without a date picker sends what was typed) counts as no date. */
    private static @Nullable LocalDate date(@Nullable String typed) {
        try {
            return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
