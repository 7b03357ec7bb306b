package com.invoice24.portal;

import com.invoice24.payments.OnlinePayments;
import com.invoice24.payments.PaymentProvider;
import com.invoice24.shared.PublicAddress;
import com.invoice24.shared.RefusedRequestException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Pay selected" on the statement: the clerk ticks the invoices AP approved and pays their balances in one checkout
 * at the payment provider. As with one invoice, nothing is recorded here; the provider's webhook records the
 * payment once it is taken. Only the statement's own open invoices can be ticked: any other id is not on it.
 */
@Controller
@ClientFacing
class StatementPayments {

    private final PortalLinks links;
    private final PortalStatements statements;
    private final OnlinePayments payments;
    private final PublicAddress address;

    StatementPayments(PortalLinks links, PortalStatements statements, OnlinePayments payments, PublicAddress address) {
        this.links = links;
        this.statements = statements;
        this.payments = payments;
        this.address = address;
    }

    @PostMapping("/portal/{token}/pay-selected")
    String paySelected(@PathVariable String token, @RequestParam(name = "invoice", required = false)
                       @Nullable List<String> ticked, RedirectAttributes flash) {
        PortalAccess access = links.open(token);
        List<String> chosen = ticked == null ? List.of() : ticked;
        List<OnlinePayments.ToPay> parts = statements.of(access).rows().stream()
                .map(PortalStatement.Row::invoice)
                .filter(invoice -> chosen.contains(invoice.id().value().toString()))
                .map(invoice -> new OnlinePayments.ToPay(invoice.id(), invoice.balanceDue()))
                .toList();
        if (parts.isEmpty()) {
            return refused(access, "Tick the invoices you want to pay.", flash);
        }
        try {
            return "redirect:" + payments.checkout(access.workspace(), access.client(), parts,
                    address.of(access.path("/paid")), address.of(access.path("/payment-cancelled")));
        } catch (RefusedRequestException refused) {
            return refused(access, refused.getMessage(), flash);
        } catch (PaymentProvider.ProviderUnavailableException down) {
            return refused(access, PortalPayments.UNAVAILABLE, flash);
        }
    }

    private static String refused(PortalAccess access, String problem, RedirectAttributes flash) {
        flash.addFlashAttribute(PortalPayments.PROBLEM, problem);
        return "redirect:" + access.path("") + "#pay-selected";
    }
}
