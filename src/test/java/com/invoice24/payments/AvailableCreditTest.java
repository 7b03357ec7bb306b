package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.Money;
import com.invoice24.shared.WrongStateException;
import org.junit.jupiter.api.Test;

class AvailableCreditTest {

    private final AvailableCredit twoHundred = new AvailableCredit("Globex", Money.usd("200.00"));

    @Test
    void applyingWithoutAnAmountSpendsAllTheCredit() {
        assertThat(twoHundred.toApply(null)).isEqualTo(Money.usd("200.00"));
        assertThat(twoHundred.toApply(Money.usd("75.00"))).isEqualTo(Money.usd("75.00"));
    }

    @Test
    void moreCreditThanTheClientHasCannotBeAppliedOrRefunded() {
        assertThatThrownBy(() -> twoHundred.toApply(Money.usd("200.01")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("Globex has $200.00 of credit.");
        assertThatThrownBy(() -> twoHundred.toRefund(Money.usd("200.01")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("Globex has $200.00 of credit.");
    }

    @Test
    void aClientWithoutCreditHasNothingToApply() {
        assertThatThrownBy(() -> new AvailableCredit("Globex", Money.zero()).toApply(null))
                .isInstanceOf(BusinessRuleException.class).hasMessage("Globex has $0.00 of credit.");
    }

    @Test
    void aRefundNamesItsAmountAboveZero() {
        assertThat(twoHundred.toRefund(Money.usd("200.00"))).isEqualTo(Money.usd("200.00"));
        assertThatThrownBy(() -> twoHundred.toRefund(null)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("Refund an amount above 0.00.");
        assertThatThrownBy(() -> twoHundred.toApply(Money.zero())).isInstanceOf(BusinessRuleException.class)
                .hasMessage("Apply an amount above 0.00.");
    }

    @Test
    void aPaymentWhoseCreditWasSpentCannotBeReversed() {
        twoHundred.requireStillHeld(Money.usd("200.00"));
        assertThatThrownBy(() -> twoHundred.requireStillHeld(Money.usd("250.00")))
                .isInstanceOf(WrongStateException.class);
    }
}
