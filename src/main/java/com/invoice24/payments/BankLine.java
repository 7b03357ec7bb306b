package com.invoice24.payments;

import com.invoice24.shared.Money;
import com.invoice24.shared.WrongStateException;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One deposit of an imported bank statement and what became of it: applied as a payment, waiting
 * for review, dismissed (not a customer payment), or a duplicate of a line imported before.
 */
record BankLine(UUID id, UUID importId, int line, LocalDate date, Money amount, String memo,
                       @Nullable String reference, Status status, @Nullable PaymentId paymentId,
                       @Nullable String dismissReason) {

    public enum Status { APPLIED, REVIEW, DISMISSED, DUPLICATE }

    BankLine applied(PaymentId payment) {
        requireReview();
        return new BankLine(id, importId, line, date, amount, memo, reference, Status.APPLIED, payment, null);
    }

    BankLine dismissed(String reason) {
        requireReview();
        return new BankLine(id, importId, line, date, amount, memo, reference, Status.DISMISSED, null, reason);
    }

    public boolean inReview() {
        return status == Status.REVIEW;
    }

    private void requireReview() {
        if (status != Status.REVIEW) {
            throw new WrongStateException("Bank line " + line + " is " + status.name().toLowerCase()
                    + "; only lines waiting for review can be applied or dismissed.");
        }
    }
}
