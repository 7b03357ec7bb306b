package com.invoice24.payments;

import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.Money;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a payment brought in and what the processor kept of it: an amount above zero, a fee of at most that. */
record PaymentAmount(Money amount, Money fee) {

    /** The amount and fee as entered, refused field by field; no fee entered is no fee. */
    static PaymentAmount of(@Nullable Money amount, @Nullable Money fee) {
        if (amount == null || !amount.isPositive()) {
            String message = "The amount received must be above 0.00.";
            throw new BusinessRuleException(message, List.of(new FieldProblem("amount", message)));
        }
        Money charged = fee == null ? Money.zero() : fee;
        if (charged.isNegative() || charged.compareTo(amount) > 0) {
            throw new BusinessRuleException("The processing fee must be between 0.00 and the amount.",
                    List.of(new FieldProblem("fee", "Use 0.00 up to the amount")));
        }
        return new PaymentAmount(amount, charged);
    }
}
