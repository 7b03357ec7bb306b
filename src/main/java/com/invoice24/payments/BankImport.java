package com.invoice24.payments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One bank-statement file as imported, with its deposit lines in file order. */
record BankImport(UUID id, StatementFormat format, @Nullable String fileName, Instant importedAt,
                         @Nullable String importedBy, List<BankLine> lines) {

    public long applied() {
        return count(BankLine.Status.APPLIED);
    }

    public long needsReview() {
        return count(BankLine.Status.REVIEW);
    }

    public long alreadyImported() {
        return count(BankLine.Status.DUPLICATE);
    }

    public long dismissed() {
        return count(BankLine.Status.DISMISSED);
    }

    private long count(BankLine.Status status) {
        return lines.stream().filter(line -> line.status() == status).count();
    }
}
