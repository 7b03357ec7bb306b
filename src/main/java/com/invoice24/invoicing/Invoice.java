package com.invoice24.invoicing;

import com.invoice24.clients.ClientId;
import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.Money;
import com.invoice24.shared.PaymentTerms;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An invoice. While a draft it can be revised; {@link #finalizeAs} gives it its number and freezes
 * it; after that only payments, credits, a void or a write-off change what it is worth.
 */
public record Invoice(
        InvoiceId id, WorkspaceId workspaceId, ClientId clientId, @Nullable String number, InvoiceState state,
        @Nullable LocalDate issueDate, @Nullable LocalDate dueDate, PaymentTerms terms, boolean dueDateFixed,
        ServicePeriod servicePeriod, @Nullable String poNumber, @Nullable String projectCode,
        @Nullable String reference, @Nullable String notes, BigDecimal taxRatePercent, boolean taxExempt,
        List<InvoiceLine> lines, Totals totals, Money amountPaid, Money amountCredited, @Nullable Instant viewedAt,
        boolean disputed, @Nullable Instant sentAt, @Nullable Instant voidedAt, @Nullable String voidReason,
        @Nullable Instant writtenOffAt, @Nullable String writeOffReason, Instant createdAt, Instant updatedAt,
        long version) {

    static Invoice draft(WorkspaceId workspace, ClientId client, DraftContent content, Instant now) {
        return new Invoice(InvoiceId.random(), workspace, client, null, InvoiceState.DRAFT, null, null,
                content.terms(), false, content.servicePeriod(), null, null, null, null, content.taxRatePercent(),
                content.taxExempt(), List.of(), Totals.of(List.of(), Money.zero(), content.taxRatePercent(),
                content.taxExempt()), Money.zero(), Money.zero(), null, false, null, null, null, null, null, now, now, 0)
                .revise(content, now);
    }

    Invoice revise(DraftContent content, Instant now) {
        requireDraft("it cannot be changed; void it or issue a credit note instead.");
        return new Invoice(id, workspaceId, clientId, null, state, content.issueDate(), content.dueDate(),
                content.terms(), content.dueDateFixed(), content.servicePeriod(), content.poNumber(),
                content.projectCode(), content.reference(), content.notes(), content.taxRatePercent(),
                content.taxExempt(), List.copyOf(content.lines()),
                Totals.of(content.lines(), content.discount(), content.taxRatePercent(), content.taxExempt()), amountPaid,
                amountCredited, viewedAt, disputed, sentAt, voidedAt, voidReason, writtenOffAt, writeOffReason,
                createdAt, now, version);
    }

    /** The invoice as sent: numbered, dated, frozen. */
    Invoice finalizeAs(String assignedNumber, LocalDate issuedOn, LocalDate dueOn, Instant now) {
        requireDraft("it cannot be sent again.");
        if (!InvoiceDates.plausible(issuedOn) || !InvoiceDates.plausible(dueOn)) {
            throw new BusinessRuleException("Invoice " + label() + " cannot be sent dated " + issuedOn + " (due "
                    + dueOn + "); correct its dates first.",
                    List.of(InvoiceDates.problem(InvoiceDates.plausible(issuedOn) ? "dueDate" : "issueDate")));
        }
        return new Invoice(id, workspaceId, clientId, assignedNumber, InvoiceState.SENT, issuedOn, dueOn, terms,
                dueDateFixed, servicePeriod, poNumber, projectCode, reference, notes, taxRatePercent, taxExempt,
                lines, totals, amountPaid, amountCredited, viewedAt, disputed, now, voidedAt, voidReason, writtenOffAt,
                writeOffReason, createdAt, now, version);
    }

    /** Corrections of a sent invoice are a void with a reason; its number is never given out again. */
    Invoice voidBecause(String reason, Instant now) {
        if (state == InvoiceState.VOID || state == InvoiceState.WRITTEN_OFF) {
            throw new WrongStateException("Invoice " + label() + " is already " + state.name().toLowerCase()
                    + (state == InvoiceState.WRITTEN_OFF ? " off" : "") + ".");
        }
        if (amountPaid.isPositive()) {
            throw new WrongStateException("Invoice " + label() + " has payments recorded; issue a credit note "
                    + "instead of voiding it.");
        }
        return new Invoice(id, workspaceId, clientId, number, InvoiceState.VOID, issueDate, dueDate, terms,
                dueDateFixed, servicePeriod, poNumber, projectCode, reference, notes, taxRatePercent, taxExempt,
                lines, totals, amountPaid, amountCredited, viewedAt, disputed, sentAt, now, reason, writtenOffAt,
                writeOffReason, createdAt, now, version);
    }

    /** A dispute opened (true) or resolved (false); reminders pause while it is open. */
    Invoice markDisputed(boolean isDisputed, Instant now) {
        if (state != InvoiceState.SENT) {
            throw new WrongStateException("Invoice " + label() + " is " + state.name().toLowerCase().replace('_', ' ')
                    + "; only a sent invoice can be disputed.");
        }
        if (disputed == isDisputed) {
            throw new WrongStateException(isDisputed ? "Invoice " + label() + " is already disputed."
                    : "Invoice " + label() + " has no open dispute.");
        }
        return new Invoice(id, workspaceId, clientId, number, state, issueDate, dueDate, terms, dueDateFixed,
                servicePeriod, poNumber, projectCode, reference, notes, taxRatePercent, taxExempt, lines, totals,
                amountPaid, amountCredited, viewedAt, isDisputed, sentAt, voidedAt, voidReason, writtenOffAt,
                writeOffReason, createdAt, now, version);
    }

    /** A payment received for this invoice; it can never be more than what is still due. */
    Invoice receivePayment(Money amount, Instant now) {
        requireOpenBalanceOf(amount);
        return withMoney(amountPaid.plus(amount), amountCredited, now);
    }

    /** A payment recorded in error is taken back off the invoice. */
    Invoice reversePayment(Money amount, Instant now) {
        if (amount.compareTo(amountPaid) > 0) {
            throw new WrongStateException("Invoice " + label() + " has only $" + amountPaid.formatted() + " paid.");
        }
        return withMoney(amountPaid.minus(amount), amountCredited, now);
    }

    /** A credit (credit note, client credit) lowers what is due. */
    Invoice credit(Money amount, Instant now) {
        requireOpenBalanceOf(amount);
        return withMoney(amountPaid, amountCredited.plus(amount), now);
    }

    /** Bad debt: what is still due will not be collected. */
    Invoice writeOff(String reason, Instant now) {
        if (state != InvoiceState.SENT || !balanceDue().isPositive()) {
            throw new WrongStateException("Only a sent invoice with a balance due can be written off; "
                    + label() + " is " + state.name().toLowerCase() + ".");
        }
        return new Invoice(id, workspaceId, clientId, number, InvoiceState.WRITTEN_OFF, issueDate, dueDate, terms,
                dueDateFixed, servicePeriod, poNumber, projectCode, reference, notes, taxRatePercent, taxExempt,
                lines, totals, amountPaid, amountCredited, viewedAt, disputed, sentAt, voidedAt, voidReason, now,
                reason, createdAt, now, version);
    }

    /** What a write-off gave up: the balance due when it was written off. */
    public Money writtenOff() {
        return state == InvoiceState.WRITTEN_OFF ? totals.total().minus(amountPaid).minus(amountCredited) : Money.zero();
    }

    private void requireOpenBalanceOf(Money amount) {
        if (state != InvoiceState.SENT) {
            throw new WrongStateException("Invoice " + label() + " is " + state.name().toLowerCase().replace('_', ' ')
                    + "; payments and credits apply only to sent invoices.");
        }
        if (!amount.isPositive() || amount.compareTo(balanceDue()) > 0) {
            throw new BusinessRuleException("Invoice " + label() + " has $" + balanceDue().formatted() + " due; $" + amount.formatted()
                    + " cannot be applied to it.");
        }
    }

    private Invoice withMoney(Money paid, Money credited, Instant now) {
        return new Invoice(id, workspaceId, clientId, number, state, issueDate, dueDate, terms, dueDateFixed,
                servicePeriod, poNumber, projectCode, reference, notes, taxRatePercent, taxExempt, lines, totals, paid,
                credited, viewedAt, disputed, sentAt, voidedAt, voidReason, writtenOffAt, writeOffReason, createdAt,
                now, version);
    }

    public Money total() {
        return totals.total();
    }

    /** What the client still owes: nothing on drafts, voided and written-off invoices. */
    public Money balanceDue() {
        if (state != InvoiceState.SENT) {
            return Money.zero();
        }
        return totals.total().minus(amountPaid).minus(amountCredited);
    }

    public InvoiceStatus status(LocalDate today) {
        return InvoiceStatus.of(this, today);
    }

    public boolean isDraft() {
        return state == InvoiceState.DRAFT;
    }

    /** How people refer to it: the number once it has one. */
    public String label() {
        return number != null ? number : "draft";
    }

    private void requireDraft(String consequence) {
        if (state != InvoiceState.DRAFT) {
            throw new WrongStateException("Invoice " + label() + " is " + state.name().toLowerCase().replace('_', ' ')
                    + ": " + consequence);
        }
    }
}
