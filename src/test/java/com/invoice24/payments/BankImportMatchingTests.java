package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankImportMatchingTests {

    private final DepositMatcher.OpenInvoice g1 = invoice("INV-2026-0001", "1000.00");
    private final DepositMatcher.OpenInvoice g2 = invoice("INV-2026-0010", "500.00");
    private final DepositMatcher.OpenInvoice i1 = invoice("INV-2026-0002", "2500.00");
    private final DepositMatcher.OpenInvoice i2 = invoice("INV-2026-0003", "400.00");
    private final DepositMatcher.OpenInvoice i3 = invoice("INV-2026-0004", "400.00");
    private final DepositMatcher.OpenInvoice u1 = invoice("INV-2026-0005", "1200.00");
    private final DepositMatcher.OpenInvoice u2 = invoice("INV-2026-0006", "300.00");
    private final DepositMatcher.Candidate globex = client("Globex Corporation", g1, g2);
    private final DepositMatcher.Candidate initech = client("Initech, LLC", i1, i2, i3);
    private final DepositMatcher.Candidate umbrella = client("Umbrella Health", u1, u2);
    private final List<DepositMatcher.Candidate> all = List.of(globex, initech, umbrella);

    @Test
    void anInvoiceNumberInTheMemoPaysThatInvoiceAndTheRestGoesOldestDueFirst() {
        DepositMatch match = DepositMatcher.match(deposit("1200.00", "ach pmt inv-2026-0010"), all);

        assertThat(match.isConfident()).isTrue();
        assertThat(match.allocations()).containsExactly(share(g2, "500.00"), share(g1, "700.00"));
    }

    @Test
    void anInvoiceNumberMatchesOnlyAsAWholeToken() {
        DepositMatch match = DepositMatcher.match(deposit("77.00", "REF INV-2026-00010"), all);

        assertThat(match.isConfident()).isFalse();
    }

    @Test
    void theExactAmountOfOneInvoiceOfANamedClientIsConfident() {
        DepositMatch match = DepositMatcher.match(deposit("2500.00", "ORIG CO NAME:INITECH ENTRY DESCR:PAYMENT"), all);

        assertThat(match.confident().clientId()).isEqualTo(initech.clientId());
        assertThat(match.allocations()).containsExactly(share(i1, "2500.00"));
    }

    @Test
    void twoInvoicesOfTheSameAmountAreForReviewWithBothSuggested() {
        DepositMatch match = DepositMatcher.match(deposit("400.00", "INITECH PAYMENT"), all);

        assertThat(match.isConfident()).isFalse();
        assertThat(match.suggestions()).extracting(DepositMatch.Suggestion::invoiceIds)
                .startsWith(List.of(i2.id()), List.of(i3.id()));
    }

    @Test
    void theSumOfSeveralInvoicesOfANamedClientIsConfidentWhenOnlyOneSetAddsUp() {
        DepositMatch match = DepositMatcher.match(deposit("1500.00", "FEDWIRE B/O UMBRELLA HEALTH"), all);

        assertThat(match.allocations()).containsExactly(share(u1, "1200.00"), share(u2, "300.00"));
        assertThat(DepositMatcher.isWire("FEDWIRE B/O UMBRELLA HEALTH")).isTrue();
        assertThat(DepositMatcher.isWire("ACH CREDIT WIREDIRECT")).isFalse();
    }

    @Test
    void anAmountWithoutANamedClientIsForReviewWithTheInvoicesOfThatAmountSuggested() {
        DepositMatch match = DepositMatcher.match(deposit("1200.00", "REMOTE ONLINE DEPOSIT"), all);

        assertThat(match.isConfident()).isFalse();
        assertThat(match.suggestions().get(0).clientId()).isEqualTo(umbrella.clientId());
        assertThat(match.suggestions().get(0).invoiceIds()).containsExactly(u1.id());
    }

    private static StatementParser.Credit deposit(String amount, String memo) {
        return new StatementParser.Credit(2, LocalDate.of(2026, 3, 20), Money.usd(amount), memo, null);
    }

    private static DepositMatcher.OpenInvoice invoice(String number, String due) {
        return new DepositMatcher.OpenInvoice(InvoiceId.random(), number, Money.usd(due));
    }

    private static DepositMatcher.Candidate client(String name, DepositMatcher.OpenInvoice... open) {
        return new DepositMatcher.Candidate(ClientId.random(), name, List.of(open));
    }

    private static DepositMatch.Share share(DepositMatcher.OpenInvoice invoice, String amount) {
        return new DepositMatch.Share(invoice.id(), Money.usd(amount));
    }
}
