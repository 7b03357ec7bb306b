package com.invoice24.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.invoice24.clients.ClientId;
import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.Money;
import com.invoice24.shared.PaymentTerms;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An invoice's state changes, without Spring or a database: what each allows and what it refuses. */
class InvoiceLifecycleTest {

    private static final long SEED = 20_261_202L;
    private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");
    private static final LocalDate ISSUED = LocalDate.parse("2026-03-02");
    private static final LocalDate DUE = LocalDate.parse("2026-04-01");

    @Test
    void aDraftIsSentThenPartiallyPaidThenPaid() {
        Invoice draft = draftFor("1000");
        assertThat(draft.status(ISSUED)).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(draft.balanceDue()).isEqualTo(Money.zero());

        Invoice sent = draft.finalizeAs("INV-2026-0001", ISSUED, DUE, VerificationCode.random(), NOW);
        Invoice partly = sent.receivePayment(Money.usd("400.00"), NOW);
        Invoice paid = partly.credit(Money.usd("600.00"), NOW);

        assertThat(sent.status(ISSUED)).isEqualTo(InvoiceStatus.SENT);
        assertThat(sent.number()).isEqualTo("INV-2026-0001");
        assertThat(sent.sentAt()).isEqualTo(NOW);
        assertThat(sent.dueDate()).isEqualTo(DUE);
        assertThat(sent.balanceDue()).isEqualTo(Money.usd("1000.00"));
        assertThat(partly.status(ISSUED)).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(partly.balanceDue()).isEqualTo(Money.usd("600.00"));
        assertThat(paid.status(ISSUED)).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.balanceDue()).isEqualTo(Money.zero());
        assertThat(paid.amountCredited()).isEqualTo(Money.usd("600.00"));
    }

    @Test
    void aSentInvoiceCannotBeRevisedOrSentAgain() {
        Invoice sent = sent("1000");

        assertThatThrownBy(() -> sent.finalizeAs("INV-2026-0002", ISSUED, DUE, VerificationCode.random(), NOW))
                .isInstanceOf(WrongStateException.class).hasMessageContaining("cannot be sent again");
        assertThatThrownBy(() -> sent.revise(content("1000"), NOW))
                .isInstanceOf(WrongStateException.class).hasMessageContaining("void it");
    }

    @Test
    void anInvoiceWithPaymentsCannotBeVoidedAndAVoidedOneNotAgain() {
        Invoice paid = sent("1000").receivePayment(Money.usd("1000.00"), NOW);
        Invoice voided = sent("1000").voidBecause("Wrong client", NOW);

        assertThatThrownBy(() -> paid.voidBecause("Wrong client", NOW))
                .isInstanceOf(WrongStateException.class).hasMessageContaining("issue a credit note");
        assertThat(voided.state()).isEqualTo(InvoiceState.VOID);
        assertThat(voided.voidReason()).isEqualTo("Wrong client");
        assertThat(voided.balanceDue()).isEqualTo(Money.zero());
        assertThatThrownBy(() -> voided.voidBecause("Again", NOW))
                .isInstanceOf(WrongStateException.class).hasMessageContaining("already void");
        assertThatThrownBy(() -> voided.receivePayment(Money.usd("1.00"), NOW))
                .isInstanceOf(WrongStateException.class);
    }

    @Test
    void writingOffGivesUpWhatIsStillDueOnce() {
        Invoice writtenOff = sent("1000").receivePayment(Money.usd("250.00"), NOW)
                .writeOff("Went out of business", NOW);

        assertThat(writtenOff.state()).isEqualTo(InvoiceState.WRITTEN_OFF);
        assertThat(writtenOff.writtenOff()).isEqualTo(Money.usd("750.00"));
        assertThat(writtenOff.writeOffReason()).isEqualTo("Went out of business");
        assertThat(writtenOff.balanceDue()).isEqualTo(Money.zero());
        assertThatThrownBy(() -> writtenOff.writeOff("Again", NOW)).isInstanceOf(WrongStateException.class);
        assertThatThrownBy(() -> writtenOff.voidBecause("Void it", NOW))
                .isInstanceOf(WrongStateException.class).hasMessageContaining("already written off");
        assertThatThrownBy(() -> sent("1000").receivePayment(Money.usd("1000.00"), NOW).writeOff("Paid", NOW))
                .isInstanceOf(WrongStateException.class);
    }

    @Test
    void aDisputeOpensAndResolvesOnlyOnASentInvoice() {
        Invoice disputed = sent("1000").markDisputed(true, NOW);

        assertThat(disputed.status(ISSUED)).isEqualTo(InvoiceStatus.DISPUTED);
        assertThatThrownBy(() -> disputed.markDisputed(true, NOW))
                .isInstanceOf(WrongStateException.class).hasMessageContaining("already disputed");
        assertThat(disputed.markDisputed(false, NOW).status(ISSUED)).isEqualTo(InvoiceStatus.SENT);
        assertThatThrownBy(() -> sent("1000").markDisputed(false, NOW))
                .isInstanceOf(WrongStateException.class).hasMessageContaining("no open dispute");
        assertThatThrownBy(() -> draftFor("1000").markDisputed(true, NOW)).isInstanceOf(WrongStateException.class);
    }

    @Test
    void moreThanIsDueNothingAndDraftsTakeNoMoney() {
        Invoice partly = sent("1000").receivePayment(Money.usd("999.00"), NOW);

        assertThatThrownBy(() -> partly.receivePayment(Money.usd("1.01"), NOW))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("$1.00 due");
        assertThatThrownBy(() -> partly.credit(Money.usd("1.01"), NOW)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> partly.receivePayment(Money.zero(), NOW)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> partly.reversePayment(Money.usd("999.01"), NOW))
                .isInstanceOf(WrongStateException.class);
        assertThatThrownBy(() -> draftFor("1000").receivePayment(Money.usd("1.00"), NOW))
                .isInstanceOf(WrongStateException.class);
    }

    @Test
    void balanceDueIsTheTotalLessPaidAndCreditedAndNeverNegative() {
        qt().withFixedSeed(SEED)
                .forAll(integers().between(1, 10_000_000),
                        lists().of(integers().between(1, 2_000_000)).ofSizeBetween(0, 30),
                        lists().of(booleans().all()).ofSize(30))
                .checkAssert((totalCents, amountsCents, asPayment) -> {
                    Invoice invoice = sent(cents(totalCents).toString());
                    Money paid = Money.zero();
                    Money credited = Money.zero();
                    for (int i = 0; i < amountsCents.size(); i++) {
                        Money amount = cents(amountsCents.get(i));
                        if (amount.compareTo(invoice.balanceDue()) > 0) {
                            Invoice before = invoice;
                            assertThatThrownBy(() -> before.receivePayment(amount, NOW))
                                    .isInstanceOf(BusinessRuleException.class);
                            continue;
                        }
                        if (asPayment.get(i)) {
                            invoice = invoice.receivePayment(amount, NOW);
                            paid = paid.plus(amount);
                        } else {
                            invoice = invoice.credit(amount, NOW);
                            credited = credited.plus(amount);
                        }
                        assertThat(invoice.balanceDue()).isEqualTo(invoice.total().minus(paid).minus(credited));
                        assertThat(invoice.balanceDue().isNegative()).isFalse();
                    }
                    assertThat(invoice.amountPaid()).isEqualTo(paid);
                    assertThat(invoice.amountCredited()).isEqualTo(credited);
                });
    }

    private static Money cents(int cents) {
        return Money.of(BigDecimal.valueOf(cents, 2));
    }

    private static Invoice sent(String total) {
        return draftFor(total).finalizeAs("INV-2026-0001", ISSUED, DUE, VerificationCode.random(), NOW);
    }

    private static Invoice draftFor(String total) {
        return Invoice.draft(new WorkspaceId(UUID.randomUUID()), new ClientId(UUID.randomUUID()), content(total), NOW);
    }

    private static DraftContent content(String total) {
        List<InvoiceLine> lines = List.of(new InvoiceLine(null, "Discovery workshop", BigDecimal.ONE, "hour",
                new BigDecimal(total), false));
        return new DraftContent(new InvoiceDates(ISSUED, DUE, PaymentTerms.net(30), false,
                new ServicePeriod(null, null)), InvoiceReferences.none(), lines,
                new Pricing(Money.zero(), BigDecimal.ZERO, false));
    }
}
