package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.Money;
import org.junit.jupiter.api.Test;

class PaymentAmountTest {

    @Test
    void aPaymentWithNoFeeEnteredKeepsAllOfIt() {
        assertThat(PaymentAmount.of(Money.usd("750.00"), null))
                .isEqualTo(new PaymentAmount(Money.usd("750.00"), Money.zero()));
    }

    @Test
    void aCardPaymentMayLoseUpToAllOfItToTheProcessor() {
        assertThat(PaymentAmount.of(Money.usd("100.00"), Money.usd("2.90")).fee()).isEqualTo(Money.usd("2.90"));
        assertThat(PaymentAmount.of(Money.usd("100.00"), Money.usd("100.00")).fee()).isEqualTo(Money.usd("100.00"));
    }

    @Test
    void noMoneyReceivedIsNoPayment() {
        for (Money nothing : new Money[] {null, Money.zero(), Money.usd("-5.00")}) {
            assertThatThrownBy(() -> PaymentAmount.of(nothing, null))
                    .isInstanceOfSatisfying(BusinessRuleException.class, refused -> assertThat(refused.problems())
                            .extracting(FieldProblem::field).containsExactly("amount"));
        }
    }

    @Test
    void aFeeBelowZeroOrAboveTheAmountIsRefusedNamingTheFee() {
        for (Money fee : new Money[] {Money.usd("-0.01"), Money.usd("100.01")}) {
            assertThatThrownBy(() -> PaymentAmount.of(Money.usd("100.00"), fee))
                    .isInstanceOfSatisfying(BusinessRuleException.class, refused -> assertThat(refused.problems())
                            .extracting(FieldProblem::field).containsExactly("fee"));
        }
    }
}
