package com.invoice24.invoicing;

import com.invoice24.clients.BillingProfile;
import com.invoice24.clients.ClientId;
import com.invoice24.clients.DeliveryMethod;
import com.invoice24.clients.VendorOnboarding;
import com.invoice24.shared.Address;
import com.invoice24.shared.Contact;
import com.invoice24.shared.Money;
import com.invoice24.shared.PaymentTerms;
import com.invoice24.workspace.InvoiceNumberPattern;
import com.invoice24.workspace.PaymentInstructions;
import com.invoice24.workspace.W9Offer;
import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A sent invoice with a given number of lines, as the model {@code InvoicePdf} hands the document template: in the
 * invoicing package because the document record is the module's own. Built from the aggregate's own transitions, so
 * its totals are what the app would store, without a database.
 */
public final class SampleInvoiceDocument {

    /** The template {@code InvoicePdf} draws. */
    public static final String TEMPLATE = "invoicing/document";

    private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");
    private static final LocalDate ISSUED = LocalDate.parse("2026-03-02");

    private SampleInvoiceDocument() {
    }

    /** The template variables for a sent invoice of {@code lineCount} lines. */
    public static Map<String, Object> model(int lineCount) {
        Invoice invoice = Invoice.draft(new WorkspaceId(UUID.randomUUID()), new ClientId(UUID.randomUUID()),
                        content(lineCount), NOW)
                .finalizeAs("INV-2026-0042", ISSUED, ISSUED.plusDays(30), NOW);
        InvoiceDocument document = new InvoiceDocument(invoice, invoice.status(ISSUED), client(), provider(), null,
                List.of());
        return Map.of("doc", document);
    }

    private static DraftContent content(int lineCount) {
        List<InvoiceLine> lines = IntStream.rangeClosed(1, lineCount)
                .mapToObj(n -> new InvoiceLine(null, "Consulting, week " + n + " – platform migration workstream",
                        new BigDecimal(4 + n % 7), "hour", new BigDecimal("187.50"), n % 3 == 0))
                .toList();
        return new DraftContent(new InvoiceDates(ISSUED, ISSUED.plusDays(30), PaymentTerms.net(30), false,
                new ServicePeriod(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28"))),
                new InvoiceReferences("4500123", "PRJ-X", "SOW-7", "Thank you for your business."), lines,
                new Pricing(Money.usd("50.00"), new BigDecimal("8.875"), false));
    }

    private static BillingProfile client() {
        return new BillingProfile("Globex", "Globex Corporation", "ap@globex.example", List.of(),
                new Contact("Hank Scorpio", "hank@globex.example", "541-555-0100"),
                new Contact(null, "ap@globex.example", null),
                new Address("1 Cypress Creek", null, "Springfield", "OR", "97477", "US"), PaymentTerms.net(30), true,
                "4500123", DeliveryMethod.EMAIL, null, null, List.of(), false, false, VendorOnboarding.nothingYet(),
                null, null, "V-100238");
    }

    private static WorkspaceSettings provider() {
        return new WorkspaceSettings(new WorkspaceId(UUID.randomUUID()), "Harbor Light", "Harbor Light Consulting LLC",
                "12-3456789", "billing@harborlight.example", "518-555-0100",
                new Address("100 Main St", "Suite 4", "Albany", "NY", "12207", "US"), PaymentTerms.net(30),
                InvoiceNumberPattern.DEFAULT, false, new BigDecimal("8.875"),
                new PaymentInstructions("Bank of Albany\nRouting: 021000021\nAccount: 000123456789",
                        "SWIFT: BOFAUS3N\nAccount: 000123456789", "Harbor Light Consulting LLC\n100 Main St, Albany NY",
                        "https://pay.harborlight.example/invoices"),
                ZoneId.of("America/New_York"), W9Offer.ON_REQUEST);
    }
}
