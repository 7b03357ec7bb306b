package com.invoice24.invoicing;

import com.invoice24.clients.ClientId;
import com.invoice24.clients.ClientOnboarding;
import com.invoice24.workspace.CurrentUser;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The invoices section of a client's page. The clients module cannot read invoices, so its page loads
 * this fragment (htmx, on load) from here.
 */
@Controller
class ClientInvoicesSection {

    static final int SHOWN = 20;

    private final Invoicing invoicing;
    private final ClientOnboarding clients;

    ClientInvoicesSection(Invoicing invoicing, ClientOnboarding clients) {
        this.invoicing = invoicing;
        this.clients = clients;
    }

    @GetMapping("/clients/{id}/sections/invoices")
    String invoices(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        ClientId client = clients.client(user.workspaceId(), new ClientId(id)).id();
        model.addAttribute("clientId", client);
        model.addAttribute("listing", invoicing.list(user.workspaceId(),
                new InvoiceFilter(null, client, null, null, false), 0, SHOWN));
        model.addAttribute("today", invoicing.today(user.workspaceId()));
        return "invoicing/client-invoices :: section";
    }
}
