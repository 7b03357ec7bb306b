package com.invoice24.portal;

import com.invoice24.invoicing.Invoice;
import com.invoice24.payments.OnlinePayments;
import com.invoice24.payments.PaymentProvider;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.Money;
import com.invoice24.shared.PublicAddress;
import com.invoice24.shared.RefusedRequestException;
import com.invoice24.shared.TypedNumbers;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Pay now" on a portal invoice: the balance or a smaller amount, paid at the payment provider, which sends the
 * client back to the portal. Nothing is recorded here; the provider's webhook records the payment once it is
 * taken. A refused amount returns to the invoice with the reason next to the field and the amount as typed.
 */
@Controller
@ClientFacing
class PortalPayments {

    /** The flash attributes that carry a refused amount back to the invoice page. */
    static final String PROBLEM = "payProblem";
    static final String TYPED = "payAmount";
    /** What the clerk is told while the payment provider cannot be reached. */
    static final String UNAVAILABLE = "Paying online is not possible at the moment. Please try again in a few "
            + "minutes, or pay as described under How to pay.";

    private final PortalInvoices invoices;
    private final PortalLinks links;
    private final OnlinePayments payments;
    private final PublicAddress address;
    private final WorkspaceSettingsService workspaces;

    PortalPayments(PortalInvoices invoices, PortalLinks links, OnlinePayments payments, PublicAddress address,
                   WorkspaceSettingsService workspaces) {
        this.invoices = invoices;
        this.links = links;
        this.payments = payments;
        this.address = address;
        this.workspaces = workspaces;
    }

    @PostMapping({"/portal/{token}/pay", "/portal/{token}/invoices/{invoiceId}/pay"})
    String pay(@PathVariable String token, @PathVariable @Nullable UUID invoiceId,
               @RequestParam(required = false) @Nullable String amount, RedirectAttributes flash) {
        OpenedInvoice opened = invoices.open(token, invoiceId);
        PortalAccess access = opened.access();
        Invoice invoice = opened.invoice();
        try {
            Money chosen = chosen(amount, invoice.balanceDue());
            return "redirect:" + payments.checkout(access.workspace(), access.client(),
                    List.of(new OnlinePayments.ToPay(invoice.id(), chosen)), address.of(access.path("/paid")),
                    address.of(access.path("/payment-cancelled")));
        } catch (RefusedRequestException refused) {
            return refused(opened, amount, refused.problems().isEmpty() ? refused.getMessage()
                    : refused.problems().get(0).message(), flash);
        } catch (PaymentProvider.ProviderUnavailableException down) {
            return refused(opened, amount, UNAVAILABLE, flash);
        }
    }

    @GetMapping("/portal/{token}/paid")
    String paid(@PathVariable String token, Model model) {
        return returned(token, true, model);
    }

    @GetMapping("/portal/{token}/payment-cancelled")
    String cancelled(@PathVariable String token, Model model) {
        return returned(token, false, model);
    }

    private String returned(String token, boolean paid, Model model) {
        PortalAccess access = links.open(token);
        model.addAttribute("access", access);
        model.addAttribute("provider", workspaces.settingsOf(access.workspace()));
        model.addAttribute("paid", paid);
        return "portal/paid";
    }

    private static String refused(OpenedInvoice opened, @Nullable String amount, String problem,
                                  RedirectAttributes flash) {
        flash.addFlashAttribute(PROBLEM, problem);
        flash.addFlashAttribute(TYPED, amount == null ? "" : amount);
        return "redirect:" + opened.base() + "#pay";
    }

    /** The amount typed ("1,200.00", "$1200"); nothing typed is the whole balance. */
    private static Money chosen(@Nullable String typed, Money balance) {
        BigDecimal amount;
        try {
            amount = typed == null ? null : TypedNumbers.parse(typed);
        } catch (IllegalArgumentException notANumber) {
            throw new InvalidRequestException("Enter the amount as a number, like 1250.00",
                    List.of(new FieldProblem("amount", "Enter the amount as a number, like 1250.00")));
        }
        if (amount != null && amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidRequestException("Dollars and cents only",
                    List.of(new FieldProblem("amount", "Enter dollars and cents, like 1250.00")));
        }
        return amount == null ? balance : Money.of(amount);
    }

    /** Whether the invoice page offers "Pay now": only where a payment provider is configured. */
    @ControllerAdvice(assignableTypes = PortalController.class)
    static class Offer {

        private final OnlinePayments payments;

        Offer(OnlinePayments payments) {
            this.payments = payments;
        }

        @ModelAttribute("payOnline")
        boolean payOnline() {
            return payments.available();
        }
    }
}
