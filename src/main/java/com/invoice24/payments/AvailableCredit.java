package com.invoice24.payments;

import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.Money;
import com.invoice24.shared.WrongStateException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A client's unspent credit, read with the client's credit locked, and what may be taken out of it:
 * never more than there is, never nothing.
 */
record AvailableCredit(String clientName, Money balance) {

    /** What to apply to invoices: the amount asked for, or all of the credit when none is. */
    Money toApply(@Nullable Money requested) {
        Money amount = requested == null ? balance : positive(requested, "Apply an amount above 0.00.");
        if (!balance.isPositive() || amount.compareTo(balance) > 0) {
            throw tooLittle();
        }
        return amount;
    }

    /** What to pay back to the client: the amount asked for, at most the credit. */
    Money toRefund(@Nullable Money requested) {
        Money amount = positive(requested, "Refund an amount above 0.00.");
        if (amount.compareTo(balance) > 0) {
            throw tooLittle();
        }
        return amount;
    }

    /**
     * A reversed payment takes back the credit it left; refused when that credit was applied or
     * refunded meanwhile, so the ledger never goes below zero.
     */
    void requireStillHeld(Money leftAsCredit) {
        if (balance.compareTo(leftAsCredit) < 0) {
            throw new WrongStateException("Credit from this payment has already been used; reverse or refund "
                    + "that first.");
        }
    }

    private BusinessRuleException tooLittle() {
        return new BusinessRuleException(clientName + " has $" + balance.formatted() + " of credit.",
                List.of(new FieldProblem("amount", "Use at most " + balance)));
    }

    private static Money positive(@Nullable Money amount, String message) {
        if (amount == null || !amount.isPositive()) {
            throw new BusinessRuleException(message, List.of(new FieldProblem("amount", message)));
        }
        return amount;
    }
}
