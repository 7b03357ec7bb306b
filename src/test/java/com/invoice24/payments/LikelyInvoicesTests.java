package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LikelyInvoicesTests {

    private final DepositMatcher.OpenInvoice g1 = invoice("INV-2026-0001", "1000.00", null, 1);
    private final DepositMatcher.OpenInvoice g2 = invoice("INV-2026-0010", "500.00", "4500123", 15);
    private final DepositMatcher.OpenInvoice i1 = invoice("INV-2026-0002", "2500.00", null, 2);
    private final DepositMatcher.OpenInvoice i2 = invoice("INV-2026-0003", "400.00", null, 3);
    private final DepositMatcher.OpenInvoice i3 = invoice("INV-2026-0004", "600.00", null, 4);
    private final LikelyInvoices likely = new LikelyInvoices(List.of(client("Globex Corporation", g1, g2),
            client("Initech, LLC", i1, i2, i3)));

    @Test
    void anInvoiceNumberInTheReferenceComesBeforeAnAmountThatMerelyMatches() {
        List<LikelyInvoices.Likely> found = likely.of("ACH CREDIT", "INV-2026-0002", Money.usd("1000.00"));

        assertThat(found).extracting(LikelyInvoices.Likely::number)
                .containsExactly("INV-2026-0002", "INV-2026-0001", "INV-2026-0003", "INV-2026-0004");
        assertThat(found.get(0).reason()).isEqualTo("INV-2026-0002 is in the reference");
        assertThat(found.get(1).reason()).isEqualTo("Amount equals INV-2026-0001's balance");
        assertThat(found.get(2).reason()).isEqualTo("Amount equals the balances of INV-2026-0003 + INV-2026-0004");
    }

    @Test
    void aPoInTheMemoPointsAtItsInvoice() {
        List<LikelyInvoices.Likely> found = likely.of("WIRE PO 4500123 GLOBEX", null, Money.usd("77.00"));

        assertThat(found.get(0).number()).isEqualTo("INV-2026-0010");
        assertThat(found.get(0).reason()).isEqualTo("PO 4500123 of INV-2026-0010 is in the memo; "
                + "payer name matches Globex Corporation");
        assertThat(found).extracting(LikelyInvoices.Likely::number).containsExactly("INV-2026-0010", "INV-2026-0001");
    }

    @Test
    void thePayersNameAloneSuggestsItsInvoicesOldestDueFirst() {
        List<LikelyInvoices.Likely> found = likely.of("INITECH LLC PAYMENT", null, Money.usd("12.34"));

        assertThat(found).extracting(LikelyInvoices.Likely::number)
                .containsExactly("INV-2026-0002", "INV-2026-0003", "INV-2026-0004");
        assertThat(found).extracting(LikelyInvoices.Likely::reason).containsOnly("Payer name matches Initech, LLC");
    }

    @Test
    void aDepositNothingPointsAtSuggestsNothing() {
        assertThat(likely.of("TRANSFER FROM SAVINGS", null, Money.usd("9000.00"))).isEmpty();
    }

    private static DepositMatcher.OpenInvoice invoice(String number, String due, String po, int dueDay) {
        return new DepositMatcher.OpenInvoice(InvoiceId.random(), number, Money.usd(due), po,
                LocalDate.of(2026, 4, dueDay));
    }

    private static DepositMatcher.Candidate client(String name, DepositMatcher.OpenInvoice... open) {
        return new DepositMatcher.Candidate(ClientId.random(), name, List.of(open));
    }
}
