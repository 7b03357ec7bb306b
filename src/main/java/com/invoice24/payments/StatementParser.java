package com.invoice24.payments;

import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a bank statement into its deposits (credits); debits are left out. A file that cannot be
 * read is refused as a whole, naming the line and the reason, before anything is applied.
 */
interface StatementParser {

    List<Credit> parse(String content);

    /** One deposit as the bank reported it; {@code line} is where it starts in the file (from 1). */
    record Credit(int line, LocalDate date, Money amount, String memo, @Nullable String reference) {

        /** What matching reads: the memo and the reference together. */
        String text() {
            return reference == null ? memo : memo + " " + reference;
        }
    }

    static InvalidRequestException malformed(long line, String reason) {
        return new InvalidRequestException("The file cannot be read at line " + line + ": " + reason
                + ". Nothing was imported.", List.of(new FieldProblem("line " + line, reason)));
    }
}
