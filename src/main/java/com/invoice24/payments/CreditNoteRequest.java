package com.invoice24.payments;

import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A credit note as {@code POST /api/v1/credit-notes} takes it. {@code lines} may itemize
 * the credit; without {@code amount} the note is for what they add up to.
 */
record CreditNoteRequest(
        @Nullable @NotNull(message = "Choose the invoice to credit") UUID invoiceId,
        @Nullable Money amount,
        @Nullable @NotBlank(message = "Enter the reason") @Size(max = 1000) String reason,
        @Nullable @Size(max = 100, message = "Use at most 100 lines") List<@NotNull @Valid Line> lines) {

    @Schema(name = "CreditNoteLineRequest")
    record Line(@Nullable @NotBlank(message = "Describe what is credited") @Size(max = 1000) String description,
                @Nullable @NotNull(message = "Enter an amount") Money amount) {
    }

    /** The lines as the note carries them: descriptions trimmed, a missing amount as 0.00 for the note to refuse. */
    List<CreditNoteLine> creditLines() {
        if (lines == null) {
            return List.of();
        }
        return lines.stream()
                .map(line -> new CreditNoteLine(Objects.requireNonNullElse(line.description(), "").trim(),
                        line.amount() != null ? line.amount() : Money.zero()))
                .toList();
    }

    /** The amount asked for, or else what the lines add up to. */
    Money creditAmount() {
        if (amount != null) {
            return amount;
        }
        if (lines == null || lines.isEmpty()) {
            throw new InvalidRequestException("Enter the amount to credit.",
                    List.of(new FieldProblem("amount", "Enter the amount to credit")));
        }
        return creditLines().stream().map(CreditNoteLine::amount).reduce(Money.zero(), Money::plus);
    }

    /** The same request for the invoice a page names in its path. */
    CreditNoteRequest forInvoice(UUID invoice) {
        return new CreditNoteRequest(invoice, amount, reason, lines);
    }
}
