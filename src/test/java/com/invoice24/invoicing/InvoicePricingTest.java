package com.invoice24.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.invoice24.clients.ClientId;
import com.invoice24.shared.Money;
import com.invoice24.shared.PaymentTerms;
import com.invoice24.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The editor's live totals and the saved draft price the same rows the same way. */
class InvoicePricingTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");

    @Test
    void theEditorsPreviewTotalIsTheTotalTheDraftIsSavedWith() {
        List<InvoiceLine> rows = List.of(line("4", "187.5", false), line("1.25", "33.3333", true),
                line("3", "250", true));
        Pricing pricing = new Pricing(Money.usd("100.00"), new BigDecimal("8.875"), false);

        Invoicing.Preview preview = Invoicing.Preview.of(new ArrayList<>(rows), pricing);
        Invoice saved = draft(rows, pricing);

        assertThat(preview.totals()).isEqualTo(saved.totals());
        assertThat(preview.totals().total()).isEqualTo(saved.total());
        assertThat(preview.lineAmounts()).isEqualTo(saved.lines().stream().map(InvoiceLine::amount).toList());
    }

    @Test
    void anIncompleteRowShowsNoAmountAndCountsAsNothing() {
        Pricing pricing = new Pricing(Money.zero(), new BigDecimal("8.875"), false);
        List<InvoiceLine> complete = List.of(line("2", "100", true));
        List<InvoiceLine> rows = new ArrayList<>();
        rows.add(complete.get(0));
        rows.add(null);

        Invoicing.Preview preview = Invoicing.Preview.of(rows, pricing);

        assertThat(preview.lineAmounts()).containsExactly(Money.usd("200.00"), null);
        assertThat(preview.totals()).isEqualTo(draft(complete, pricing).totals());
    }

    @Test
    void anyRowsAndPricingGiveThePreviewTheSavedTotals() {
        qt().withFixedSeed(20_261_202L)
                .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 12),
                        integers().between(0, 15_000), booleans().all())
                .checkAssert((prices, rateThousandths, exempt) -> {
                    List<InvoiceLine> rows = prices.stream()
                            .map(cents -> line("1.5", BigDecimal.valueOf(cents, 2).toPlainString(), cents % 2 == 0))
                            .toList();
                    Pricing pricing = new Pricing(Money.zero(), BigDecimal.valueOf(rateThousandths, 3), exempt);

                    assertThat(Invoicing.Preview.of(new ArrayList<>(rows), pricing).totals())
                            .isEqualTo(draft(rows, pricing).totals());
                });
    }

    private static Invoice draft(List<InvoiceLine> lines, Pricing pricing) {
        return Invoice.draft(new WorkspaceId(UUID.randomUUID()), new ClientId(UUID.randomUUID()),
                new DraftContent(
                        new InvoiceDates(null, null, PaymentTerms.net(30), false, new ServicePeriod(null, null)),
                        InvoiceReferences.none(), lines.stream().filter(Objects::nonNull).toList(), pricing), NOW);
    }

    private static InvoiceLine line(String quantity, String unitPrice, boolean taxable) {
        return new InvoiceLine(null, "Work", new BigDecimal(quantity), "hour", new BigDecimal(unitPrice), taxable);
    }
}
