package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A bank import keeps each client's open invoices in memory as its deposits pay them; here is that arithmetic. */
class DepositCandidateTest {

    private static final long SEED = 20_261_202L;

    @Test
    void aDepositTakesExactlyWhatItPaidOffTheClientsOpenInvoices() {
        qt().withFixedSeed(SEED).forAll(candidates(), cents(1, 20_000_000)).checkAssert((client, deposit) -> {
            List<DepositMatch.Share> shares = DepositMatcher.shares(client.open(), deposit);
            DepositMatcher.Candidate after = client.after(shares.stream()
                    .map(share -> new Allocation(share.invoiceId(), null, share.amount())).toList());

            Money paid = shares.stream().map(DepositMatch.Share::amount).reduce(Money.zero(), Money::plus);
            assertThat(due(after)).isEqualTo(due(client).minus(paid));
            assertThat(after.open()).allSatisfy(invoice -> assertThat(invoice.due().isPositive()).isTrue());
            assertThat(after.open()).map(DepositMatcher.OpenInvoice::id)
                    .isSubsetOf(client.open().stream().map(DepositMatcher.OpenInvoice::id).toList());
        });
    }

    @Test
    void anInvoicePaidInFullIsNoLongerOpenAndTheRestKeepTheirOrder() {
        DepositMatcher.OpenInvoice march = new DepositMatcher.OpenInvoice(InvoiceId.random(), "INV-3",
                Money.usd("400.00"));
        DepositMatcher.OpenInvoice april = new DepositMatcher.OpenInvoice(InvoiceId.random(), "INV-4",
                Money.usd("600.00"));
        DepositMatcher.OpenInvoice may = new DepositMatcher.OpenInvoice(InvoiceId.random(), "INV-5",
                Money.usd("800.00"));
        DepositMatcher.Candidate globex = new DepositMatcher.Candidate(ClientId.random(), "Globex",
                List.of(march, april, may));

        DepositMatcher.Candidate after = globex.after(List.of(new Allocation(march.id(), "INV-3", Money.usd("400.00")),
                new Allocation(may.id(), "INV-5", Money.usd("300.00"))));

        assertThat(after.open()).extracting(DepositMatcher.OpenInvoice::number).containsExactly("INV-4", "INV-5");
        assertThat(after.open().get(1).due()).isEqualTo(Money.usd("500.00"));
    }

    private static Money due(DepositMatcher.Candidate client) {
        return client.open().stream().map(DepositMatcher.OpenInvoice::due).reduce(Money.zero(), Money::plus);
    }

    private static Gen<DepositMatcher.Candidate> candidates() {
        return lists().of(cents(1, 5_000_000)).ofSizeBetween(0, 8).map(balances -> new DepositMatcher.Candidate(
                ClientId.random(), "Globex", balances.stream()
                .map(balance -> new DepositMatcher.OpenInvoice(InvoiceId.random(), "INV-" + balance, balance))
                .toList()));
    }

    private static Gen<Money> cents(long from, long to) {
        return longs().between(from, to).map(cents -> Money.of(BigDecimal.valueOf(cents, 2)));
    }
}
