package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.clients.Clients;
import com.invoice24.clients.PaymentMethod;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.FormErrors;
import com.invoice24.shared.PageActions;
import com.invoice24.shared.RefusedRequestException;
import com.invoice24.shared.ResultPage;
import com.invoice24.workspace.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The payment pages: the list, recording a payment against a client's open invoices, and one payment. */
@Controller
class PaymentController {

    private static final String FORM = "payments/new";
    private static final int PAGE_SIZE = 50;

    private final PaymentRecording recording;
    private final Invoicing invoicing;
    private final Clients clients;
    private final FormErrors forms;

    PaymentController(PaymentRecording recording, Invoicing invoicing, Clients clients, FormErrors forms) {
        this.recording = recording;
        this.invoicing = invoicing;
        this.clients = clients;
        this.forms = forms;
    }

    @GetMapping("/payments")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID clientId,
                @RequestParam(defaultValue = "0") int page, Model model) {
        ResultPage<Payment> payments = recording.list(user.workspaceId(),
                clientId == null ? null : new ClientId(clientId), Math.max(0, page), PAGE_SIZE);
        model.addAttribute("payments", payments);
        model.addAttribute("clients", clients.ofWorkspace(user.workspaceId()));
        model.addAttribute("clientNames", clients.namesOf(user.workspaceId(),
                payments.items().stream().map(Payment::clientId).toList()));
        model.addAttribute("clientId", clientId);
        return "payments/list";
    }

    @GetMapping("/payments/new")
    String initPaymentForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID clientId,
                           Model model) {
        List<Invoice> open = clientId == null ? List.of()
                : invoicing.openInvoices(user.workspaceId(), new ClientId(clientId));
        PaymentRequest form = new PaymentRequest(clientId, null, invoicing.today(user.workspaceId()),
                PaymentMethod.ACH, null, null,
                open.stream().map(invoice -> new PaymentRequest.Target(invoice.id().value(), null)).toList());
        return page(user, form, model);
    }

    @PostMapping("/payments/new")
    String processPaymentForm(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") PaymentRequest form,
                              BindingResult result, Model model, RedirectAttributes flash) {
        PaymentRequest filled = withoutEmptyAllocations(form);
        if (forms.invalid(filled, result)) {
            return page(user, form, model);
        }
        try {
            Payment payment = recording.record(user, filled);
            flash.addFlashAttribute("message", "Payment of $" + payment.amount().formatted() + " recorded"
                    + (payment.unapplied().isPositive() ? "; $" + payment.unapplied().formatted()
                    + " kept as client credit." : "."));
            return "redirect:/payments/" + payment.id();
        } catch (RefusedRequestException refused) {
            forms.reject(refused, result);
            return page(user, form, model);
        }
    }

    @GetMapping("/payments/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Payment payment = recording.payment(user.workspaceId(), new PaymentId(id));
        model.addAttribute("payment", payment);
        model.addAttribute("client", clients.find(user.workspaceId(), payment.clientId()).orElseThrow());
        return "payments/show";
    }

    @PostMapping("/payments/{id}/reverse")
    String reverse(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        PageActions.attempt(flash, "Payment reversed; the invoices it paid are due again.",
                () -> recording.reverse(user, new PaymentId(id), reason));
        return "redirect:/payments/" + id;
    }

    private String page(CurrentUser user, PaymentRequest form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("clients", clients.ofWorkspace(user.workspaceId()));
        model.addAttribute("methods", PaymentMethod.values());
        model.addAttribute("open", form.clientId() == null ? List.of()
                : invoicing.openInvoices(user.workspaceId(), new ClientId(form.clientId())));
        return FORM;
    }

    /** Invoices left blank on the form take nothing; none filled in means oldest due first. */
    private static PaymentRequest withoutEmptyAllocations(PaymentRequest form) {
        List<PaymentRequest.Target> chosen = form.allocations() == null ? List.of() : form.allocations().stream()
                .filter(target -> target != null && target.amount() != null)
                .toList();
        return new PaymentRequest(form.clientId(), form.amount(), form.receivedOn(), form.method(), form.reference(),
                form.fee(), chosen.isEmpty() ? null : chosen);
    }
}
