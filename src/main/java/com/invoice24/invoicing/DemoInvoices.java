package com.invoice24.invoicing;

import com.invoice24.clients.Client;
import com.invoice24.clients.Clients;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.DemoWorkspaceCreated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo workspace's invoices: a sent retainer invoice, a sent milestone on a PO, a draft. */
@Component
@Order(2)
class DemoInvoices {

    private final Invoicing invoicing;
    private final Clients clients;

    DemoInvoices(Invoicing invoicing, Clients clients) {
        this.invoicing = invoicing;
        this.clients = clients;
    }

    @EventListener
    void on(DemoWorkspaceCreated demo) {
        CurrentUser owner = demo.owner();
        for (Client client : clients.ofWorkspace(demo.workspaceId())) {
            switch (client.name()) {
                case "Northwind Traders" -> invoicing.send(owner, invoicing.draft(owner, request(client,
                        "Monthly SEO management – " + monthLabel(invoicing, owner), "1", "2400")).id());
                case "Globex Corporation" -> invoicing.send(owner, invoicing.draft(owner, request(client,
                        "API integration milestone 2: authentication + webhooks", "1", "12000")).id());
                default -> invoicing.draft(owner, request(client, "Discovery workshop (4 hours) – Project kickoff",
                        "4", "187.5"));
            }
        }
    }

    private static String monthLabel(Invoicing invoicing, CurrentUser owner) {
        LocalDate today = invoicing.today(owner.workspaceId());
        return today.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + today.getYear();
    }

    private static InvoiceRequest request(Client client, String description, String quantity, String price) {
        return InvoiceRequest.builder().clientId(client.id().value()).notes("Thank you for your business.")
                .lines(List.of(new InvoiceRequest.Line(null, description, new BigDecimal(quantity), "EACH",
                        new BigDecimal(price), false)))
                .build();
    }
}
