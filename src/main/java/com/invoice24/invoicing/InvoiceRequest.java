package com.invoice24.invoicing;

import com.invoice24.shared.Money;
import com.invoice24.shared.PaymentTerms;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A draft invoice as {@code POST|PUT /api/v1/invoices} take it. On {@code PUT} a field left
 * out keeps its value; {@code lines}, when given, replace all lines. Placeholders such as
 * {@code {period}} in descriptions and notes are filled from the draft's service period and project.
 */
public record InvoiceRequest(
        @Nullable UUID clientId,
        @Nullable LocalDate issueDate,
        @Nullable @Min(value = 0, message = "Use 0 (due on receipt) to 365 days")
        @Max(value = 365, message = "Use 0 (due on receipt) to 365 days") Integer paymentTermsDays,
        PaymentTerms.@Nullable Basis paymentTermsBasis,
        @Nullable LocalDate dueDate,
        @Nullable @Size(max = 60) String poNumber,
        @Nullable UUID projectId,
        @Nullable @Size(max = 60) String projectCode,
        @Nullable @Size(max = 200) String reference,
        @Nullable @Valid Period servicePeriod,
        @Nullable @Size(max = 4000) String notes,
        @Nullable @Size(max = 500, message = "Use at most 500 lines") List<@NotNull @Valid Line> lines,
        @Nullable Money discount,
        @Schema(description = "Only when creating a draft: start from this invoice template. Its lines are used "
                + "when no lines are given (at this client's own rates), its notes and payment terms when none "
                + "are given.")
        @Nullable UUID templateId) {

    /** A request that starts from nothing but what it says. */
    public InvoiceRequest(@Nullable UUID clientId, @Nullable LocalDate issueDate, @Nullable Integer paymentTermsDays,
                          PaymentTerms.@Nullable Basis paymentTermsBasis, @Nullable LocalDate dueDate,
                          @Nullable String poNumber, @Nullable UUID projectId, @Nullable String projectCode,
                          @Nullable String reference, @Nullable Period servicePeriod, @Nullable String notes,
                          @Nullable List<Line> lines, @Nullable Money discount) {
        this(clientId, issueDate, paymentTermsDays, paymentTermsBasis, dueDate, poNumber, projectId, projectCode,
                reference, servicePeriod, notes, lines, discount, null);
    }

    public record Period(@Nullable LocalDate start, @Nullable LocalDate end) {
    }

    @Schema(name = "InvoiceLineRequest")
    public record Line(
            @Nullable UUID itemId,
            @Nullable @Size(max = 1000) String description,
            @NotNull(message = "Enter a quantity")
            @Digits(integer = 15, fraction = 4, message = "Use at most 4 decimals") BigDecimal quantity,
            @Nullable @Size(max = 20) String unit,
            @Nullable @DecimalMin(value = "0", message = "Use a price of 0 or more")
            @Digits(integer = 15, fraction = 4, message = "Use at most 4 decimals") BigDecimal unitPrice,
            @Nullable Boolean taxable) {

        Line describedAs(String newDescription) {
            return new Line(itemId, newDescription, quantity, unit, unitPrice, taxable);
        }

        static Line of(InvoiceLine line) {
            return new Line(line.itemId(), line.description(), line.quantity(), line.unit(), line.unitPrice(),
                    line.taxable());
        }
    }

    /** A request built by naming what it says; everything not named is left out. */
    public static Builder builder() {
        return new Builder();
    }

    /** This request as a builder, to change some of what it says. */
    Builder toBuilder() {
        return builder().clientId(clientId).issueDate(issueDate).paymentTermsDays(paymentTermsDays)
                .paymentTermsBasis(paymentTermsBasis).dueDate(dueDate).poNumber(poNumber).projectId(projectId)
                .projectCode(projectCode).reference(reference).servicePeriod(servicePeriod).notes(notes).lines(lines)
                .discount(discount).templateId(templateId);
    }

    /**
     * What an invoice says, as the request that would write it again without its dates: where a
     * correction or a copy starts.
     */
    static InvoiceRequest of(Invoice invoice) {
        return builder().clientId(invoice.clientId().value())
                .paymentTermsDays(invoice.terms().days()).paymentTermsBasis(invoice.terms().basis())
                .poNumber(invoice.poNumber()).projectCode(invoice.projectCode()).reference(invoice.reference())
                .servicePeriod(new Period(invoice.servicePeriod().start(), invoice.servicePeriod().end()))
                .notes(invoice.notes())
                .lines(invoice.lines().stream().map(Line::of).toList())
                .discount(invoice.totals().discount().isZero() ? null : invoice.totals().discount())
                .build();
    }

    /** A draft as its editor shows it: its own dates too, and the due date only when it was set by hand. */
    static InvoiceRequest editing(Invoice draft) {
        return of(draft).withDates(draft.issueDate(), draft.dueDateFixed() ? draft.dueDate() : null,
                new Period(draft.servicePeriod().start(), draft.servicePeriod().end()));
    }

    InvoiceRequest withDates(@Nullable LocalDate issuedOn, @Nullable LocalDate dueOn, Period period) {
        return toBuilder().issueDate(issuedOn).dueDate(dueOn).servicePeriod(period).build();
    }

    InvoiceRequest withLines(List<Line> newLines) {
        return toBuilder().lines(newLines).build();
    }

    /** The template's lines, notes and terms where the request gives none. */
    InvoiceRequest startingFrom(List<Line> templateLines, @Nullable String templateNotes,
                                @Nullable Integer templateTermsDays) {
        return toBuilder().paymentTermsDays(paymentTermsDays != null ? paymentTermsDays : templateTermsDays)
                .notes(notes != null ? notes : templateNotes).lines(lines != null ? lines : templateLines)
                .templateId(null).build();
    }

    /** Builds an {@link InvoiceRequest} field by field; what is not set stays null ("keep" on a revision). */
    public static final class Builder {

        private @Nullable UUID clientId;
        private @Nullable LocalDate issueDate;
        private @Nullable Integer paymentTermsDays;
        private PaymentTerms.@Nullable Basis paymentTermsBasis;
        private @Nullable LocalDate dueDate;
        private @Nullable String poNumber;
        private @Nullable UUID projectId;
        private @Nullable String projectCode;
        private @Nullable String reference;
        private @Nullable Period servicePeriod;
        private @Nullable String notes;
        private @Nullable List<Line> lines;
        private @Nullable Money discount;
        private @Nullable UUID templateId;

        private Builder() {
        }

        public Builder clientId(@Nullable UUID value) {
            clientId = value;
            return this;
        }

        public Builder issueDate(@Nullable LocalDate value) {
            issueDate = value;
            return this;
        }

        public Builder paymentTermsDays(@Nullable Integer value) {
            paymentTermsDays = value;
            return this;
        }

        public Builder paymentTermsBasis(PaymentTerms.@Nullable Basis value) {
            paymentTermsBasis = value;
            return this;
        }

        public Builder dueDate(@Nullable LocalDate value) {
            dueDate = value;
            return this;
        }

        public Builder poNumber(@Nullable String value) {
            poNumber = value;
            return this;
        }

        public Builder projectId(@Nullable UUID value) {
            projectId = value;
            return this;
        }

        public Builder projectCode(@Nullable String value) {
            projectCode = value;
            return this;
        }

        public Builder reference(@Nullable String value) {
            reference = value;
            return this;
        }

        public Builder servicePeriod(@Nullable Period value) {
            servicePeriod = value;
            return this;
        }

        public Builder notes(@Nullable String value) {
            notes = value;
            return this;
        }

        public Builder lines(@Nullable List<Line> value) {
            lines = value;
            return this;
        }

        public Builder discount(@Nullable Money value) {
            discount = value;
            return this;
        }

        public Builder templateId(@Nullable UUID value) {
            templateId = value;
            return this;
        }

        public InvoiceRequest build() {
            return new InvoiceRequest(clientId, issueDate, paymentTermsDays, paymentTermsBasis, dueDate, poNumber,
                    projectId, projectCode, reference, servicePeriod, notes, lines, discount, templateId);
        }
    }
}
