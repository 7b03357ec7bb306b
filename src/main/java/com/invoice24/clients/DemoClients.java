package com.invoice24.clients;

import com.invoice24.shared.Address;
import com.invoice24.shared.Contact;
import com.invoice24.shared.Money;
import com.invoice24.shared.PaymentTerms;
import com.invoice24.workspace.DemoWorkspaceCreated;
import com.invoice24.workspace.WorkspaceId;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo workspace's clients: one fully onboarded, one on a PO, one still missing its paperwork. */
@Component
@Order(1)
class DemoClients {

    private final ClientOnboarding onboarding;

    DemoClients(ClientOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @EventListener
    void on(DemoWorkspaceCreated demo) {
        WorkspaceId workspace = demo.workspaceId();
        onboarding.onboard(workspace, new ClientRequest("Northwind Traders", "Northwind Traders, Inc.",
                "ap@northwind.example", List.of("controller@northwind.example"),
                new Contact("Laura Callahan", "laura.callahan@northwind.example", "206-555-0189"),
                new Contact("Anne Dodsworth", "ap@northwind.example", "206-555-0144"),
                new Address("908 W Capital Way", null, "Tacoma", "WA", "98401", "US"), 30, PaymentTerms.Basis.NET,
                false, null, DeliveryMethod.EMAIL, null, PaymentMethod.ACH, List.of(15, 31), false, false,
                new VendorOnboarding(true, true, true, true), "Service period and project code on every line.",
                "Monthly SEO retainer plus project work.", "V-20417"));
        Client globex = onboarding.onboard(workspace, new ClientRequest("Globex Corporation", "Globex Corporation",
                "invoices@globex.example", List.of(), new Contact("Hank Scorpio", "hank@globex.example", null),
                new Contact("Marge Bouvier", "ap@globex.example", "503-555-0112"),
                new Address("1 Cypress Creek Pkwy", "Building 4", "Springfield", "OR", "97477", "US"), 45,
                PaymentTerms.Basis.NET, true, null, DeliveryMethod.PORTAL_UPLOAD, "https://suppliers.globex.example",
                PaymentMethod.WIRE, List.of(25), false, false, new VendorOnboarding(true, true, true, false),
                "Upload to the Coupa supplier portal; PO number in the invoice header.", null, "100238"));
        onboarding.addPurchaseOrder(workspace, globex.id(), new PurchaseOrderRequest("4500123", Money.usd("48000.00"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "API integration project", true));
        onboarding.onboard(workspace, new ClientRequest("Initech", null, null, List.of(), null, null, null, null,
                null, null, null, null, null, null, null, true, false, null, null,
                "New client: W-9 and vendor form requested on the kickoff call.", null));
    }
}
