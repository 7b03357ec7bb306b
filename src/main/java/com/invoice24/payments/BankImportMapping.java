package com.invoice24.payments;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How one bank's CSV export reads, mapped once and kept per workspace under a name ("Chase business
 * checking"). A column is named by its header, or by its number from 1 when the file has no header.
 * Either one signed amount column or separate credit and debit columns.
 */
record BankImportMapping(@Nullable UUID id, String name, String dateColumn, @Nullable String amountColumn,
                                @Nullable String creditColumn, @Nullable String debitColumn, String memoColumn,
                                @Nullable String referenceColumn, String dateFormat, boolean hasHeader,
                                @Nullable Instant createdAt) {

    /** Without a saved mapping: a header row with Date, Amount, Description and (if present) Reference. */
    static BankImportMapping standard() {
        return new BankImportMapping(null, "Standard", "Date", "Amount", null, null, "Description", "Reference",
                "M/d/yyyy", true, null);
    }

    /** A mapping as the API and the mapping form take it. */
    @Schema(name = "BankImportMappingRequest")
    public record Request(
            @Nullable @NotBlank(message = "Name the mapping, e.g. the bank and account") @Size(max = 80) String name,
            @Nullable @NotBlank(message = "Enter the date column") @Size(max = 80) String dateColumn,
            @Nullable @Size(max = 80) String amountColumn,
            @Nullable @Size(max = 80) String creditColumn,
            @Nullable @Size(max = 80) String debitColumn,
            @Nullable @NotBlank(message = "Enter the description or memo column") @Size(max = 80) String memoColumn,
            @Nullable @Size(max = 80) String referenceColumn,
            @Nullable @Size(max = 40) String dateFormat,
            @Nullable Boolean hasHeader) {
    }
}
