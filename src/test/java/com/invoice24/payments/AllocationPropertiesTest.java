package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.invoice24.clients.ClientId;
import com.invoice24.clients.PaymentMethod;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Allocation over any set of open invoices and any amount: money is never over-applied, never lost. */
class AllocationPropertiesTest {

    private static final long SEED = 20_261_202L;

    @Test
    void oldestDueFirstNeverPutsMoreOnAnInvoiceThanItHasDue() {
        qt().withFixedSeed(SEED).forAll(openInvoices(), amounts()).checkAssert((open, amount) -> {
            Map<InvoiceId, Money> due = balances(open);
            for (Allocation allocation : Allocations.oldestDueFirst(open, amount)) {
                assertThat(allocation.amount().isPositive()).isTrue();
                assertThat(allocation.amount().compareTo(due.get(allocation.invoiceId()))).isLessThanOrEqualTo(0);
            }
        });
    }

    @Test
    void oldestDueFirstConservesTheMoneyReceived() {
        qt().withFixedSeed(SEED).forAll(openInvoices(), amounts()).checkAssert((open, amount) -> {
            List<Allocation> allocations = Allocations.oldestDueFirst(open, amount);
            Payment payment = payment(amount, allocations);
            assertThat(payment.unapplied().isNegative()).isFalse();
            assertThat(sum(allocations).plus(payment.unapplied())).isEqualTo(amount);
            Money totalDue = open.stream().map(Allocations.Open::balanceDue).reduce(Money.zero(), Money::plus);
            assertThat(sum(allocations)).as("as much as can be applied is")
                    .isEqualTo(totalDue.compareTo(amount) < 0 ? totalDue : amount);
        });
    }

    @Test
    void oldestDueFirstPaysAnInvoiceOnlyOnceEveryOlderOneIsPaidInFull() {
        qt().withFixedSeed(SEED).forAll(openInvoices(), amounts()).checkAssert((open, amount) -> {
            List<Allocation> allocations = Allocations.oldestDueFirst(open, amount);
            for (int i = 0; i + 1 < allocations.size(); i++) {
                Allocation older = allocations.get(i);
                assertThat(older.amount()).isEqualTo(balances(open).get(older.invoiceId()));
            }
        });
    }

    @Test
    void anExplicitSplitIsTakenAsGivenOrRefusedWhole() {
        qt().withFixedSeed(SEED).forAll(openInvoices(), amounts(), lists().of(targets()).ofSizeBetween(0, 6))
                .checkAssert((open, amount, picks) -> {
                    List<PaymentRequest.Target> targets = picks.stream().map(pick -> new PaymentRequest.Target(
                            pick.index() < open.size() ? open.get(pick.index()).id().value() : UUID.randomUUID(),
                            pick.amount())).toList();
                    List<Allocation> allocations;
                    try {
                        allocations = Allocations.explicit("Globex", open, targets, amount);
                    } catch (BusinessRuleException refused) {
                        assertThat(refused.problems()).isNotEmpty();
                        return;
                    }
                    Map<InvoiceId, Money> due = balances(open);
                    allocations.forEach(allocation -> assertThat(allocation.amount()
                            .compareTo(due.get(allocation.invoiceId()))).isLessThanOrEqualTo(0));
                    assertThat(sum(allocations)).isEqualTo(targets.stream().map(PaymentRequest.Target::amount)
                            .reduce(Money.zero(), Money::plus));
                    Payment payment = payment(amount, allocations);
                    assertThat(payment.unapplied().isNegative()).isFalse();
                    assertThat(sum(allocations).plus(payment.unapplied())).isEqualTo(amount);
                });
    }

    @Test
    void anOnlinePaymentGivesEachInvoiceWhatWasMeantForItAsFarAsItIsStillDueAndKeepsTheRest() {
        qt().withFixedSeed(SEED).forAll(openInvoices(), lists().of(targets()).ofSizeBetween(1, 6))
                .checkAssert((open, picks) -> {
                    Map<InvoiceId, Money> meant = new LinkedHashMap<>();
                    picks.stream().filter(pick -> pick.amount().isPositive()).forEach(pick -> meant.putIfAbsent(
                            pick.index() < open.size() ? open.get(pick.index()).id() : InvoiceId.random(),
                            pick.amount()));
                    Money paid = meant.values().stream().reduce(Money.zero(), Money::plus);
                    List<Allocation> allocations = Allocations.upTo(open, meant, paid);
                    Map<InvoiceId, Money> due = balances(open);
                    for (Allocation allocation : allocations) {
                        Money expected = meant.get(allocation.invoiceId())
                                .compareTo(due.get(allocation.invoiceId())) <= 0
                                ? meant.get(allocation.invoiceId()) : due.get(allocation.invoiceId());
                        assertThat(allocation.amount()).isEqualTo(expected);
                    }
                    assertThat(allocations).extracting(Allocation::invoiceId)
                            .containsExactlyElementsOf(meant.keySet().stream().filter(due::containsKey).toList());
                    Payment payment = payment(paid.isPositive() ? paid : Money.usd("0.01"), allocations);
                    assertThat(payment.unapplied().isNegative()).isFalse();
                });
    }

    private record Pick(int index, Money amount) {
    }

    private static Gen<List<Allocations.Open>> openInvoices() {
        return lists().of(cents(1, 5_000_000)).ofSizeBetween(0, 8).map(balances -> balances.stream()
                .map(balance -> new Allocations.Open(InvoiceId.random(), "INV-" + balance, balance)).toList());
    }

    private static Gen<Money> amounts() {
        return cents(1, 20_000_000);
    }

    private static Gen<Pick> targets() {
        return integers().between(0, 9).zip(cents(-100, 3_000_000), Pick::new);
    }

    private static Gen<Money> cents(long from, long to) {
        return longs().between(from, to).map(cents -> Money.of(BigDecimal.valueOf(cents, 2)));
    }

    private static Map<InvoiceId, Money> balances(List<Allocations.Open> open) {
        return open.stream().collect(Collectors.toMap(Allocations.Open::id, Allocations.Open::balanceDue));
    }

    private static Money sum(List<Allocation> allocations) {
        return allocations.stream().map(Allocation::amount).reduce(Money.zero(), Money::plus);
    }

    private static Payment payment(Money amount, List<Allocation> allocations) {
        return new Payment(PaymentId.random(), WorkspaceId.random(), ClientId.random(), amount,
                LocalDate.of(2026, 3, 2), PaymentMethod.ACH, null, Money.zero(), new ArrayList<>(allocations), null,
                null, Instant.EPOCH);
    }
}
