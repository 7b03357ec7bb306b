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
 *
 * <p>Its parts are value objects: {@link InvoiceDates}, {@link InvoiceReferences}, {@link InvoiceAmounts}
 * and {@link InvoiceLifecycle}. The accessors of their fields on the invoice itself ({@link #dueDate()},
 * {@link #amountPaid()}, ...) are what the other modules and the pages read.
 */
public record Invoice(
        InvoiceId id, WorkspaceId workspaceId, ClientId clientId, @Nullable String number, InvoiceDates dates,
        InvoiceReferences references, List<InvoiceLine> lines, InvoiceAmounts amounts, InvoiceLifecycle lifecycle,
        Instant createdAt, Instant updatedAt, long version) {

    public Invoice {
        lines = List.copyOf(lines);
    }

    static Invoice draft(WorkspaceId workspace, ClientId client, DraftContent content, Instant now) {
        return new Invoice(InvoiceId.random(), workspace, client, null, content.dates(), content.references(),
                content.lines(), InvoiceAmounts.priced(content.lines(), content.pricing()), InvoiceLifecycle.draft(),
                now, now, 0);
    }

    Invoice revise(DraftContent content, Instant now) {
        requireDraft("it cannot be changed; void it or issue a credit note instead.");
        return new Invoice(id, workspaceId, clientId, null, content.dates(), content.references(), content.lines(),
                amounts.repriced(content.lines(), content.pricing()), lifecycle, createdAt, now, version);
    }

    /** The invoice as sent: numbered, dated, given its verification code, frozen. */
    Invoice finalizeAs(String assignedNumber, LocalDate issuedOn, LocalDate dueOn, VerificationCode code,
                       Instant now) {
        requireDraft("it cannot be sent again.");
        if (!InvoiceDates.plausible(issuedOn) || !InvoiceDates.plausible(dueOn)) {
            throw new BusinessRuleException("Invoice " + label() + " cannot be sent dated " + issuedOn + " (due "
                    + dueOn + "); correct its dates first.",
                    List.of(InvoiceDates.problem(InvoiceDates.plausible(issuedOn) ? "dueDate" : "issueDate")));
        }
        return new Invoice(id, workspaceId, clientId, assignedNumber, dates.issued(issuedOn, dueOn), references, lines,
                amounts, lifecycle.sent(now, code), createdAt, now, version);
    }

    /** Corrections of a sent invoice are a void with a reason; its number is never given out again. */
    Invoice voidBecause(String reason, Instant now) {
        if (state() == InvoiceState.VOID || state() == InvoiceState.WRITTEN_OFF) {
            throw new WrongStateException("Invoice " + label() + " is already " + stateName() + ".");
        }
        if (amountPaid().isPositive()) {
            throw new WrongStateException("Invoice " + label() + " has payments recorded; issue a credit note "
                    + "instead of voiding it.");
        }
        return with(lifecycle.voided(now, reason), now);
    }

    /** A dispute opened (true) or resolved (false); reminders pause while it is open. */
    Invoice markDisputed(boolean isDisputed, Instant now) {
        if (state() != InvoiceState.SENT) {
            throw new WrongStateException("Invoice " + label() + " is " + stateName()
                    + "; only a sent invoice can be disputed.");
        }
        if (disputed() == isDisputed) {
            throw new WrongStateException(isDisputed ? "Invoice " + label() + " is already disputed."
                    : "Invoice " + label() + " has no open dispute.");
        }
        return with(lifecycle.disputed(isDisputed), now);
    }

    /**
     * The client opened the invoice for the first time; later views change nothing. A draft has not
     * reached the client, so it cannot have been viewed.
     */
    Invoice markViewed(Instant now) {
        if (state() == InvoiceState.DRAFT) {
            throw new WrongStateException("Invoice " + label() + " is a draft; the client has not received it.");
        }
        return viewedAt() != null ? this : with(lifecycle.viewed(now), now);
    }

    /** A payment received for this invoice; it can never be more than what is still due. */
    Invoice receivePayment(Money amount, Instant now) {
        requireOpenBalanceOf(amount);
        return with(amounts.paid(amount), now);
    }

    /** A payment recorded in error is taken back off the invoice. */
    Invoice reversePayment(Money amount, Instant now) {
        if (amount.compareTo(amountPaid()) > 0) {
            throw new WrongStateException("Invoice " + label() + " has only $" + amountPaid().formatted() + " paid.");
        }
        return with(amounts.unpaid(amount), now);
    }

    /** A credit (credit note, client credit) lowers what is due. */
    Invoice credit(Money amount, Instant now) {
        requireOpenBalanceOf(amount);
        return with(amounts.credited(amount), now);
    }

    /** Bad debt: what is still due will not be collected. */
    Invoice writeOff(String reason, Instant now) {
        if (state() != InvoiceState.SENT || !balanceDue().isPositive()) {
            throw new WrongStateException("Only a sent invoice with a balance due can be written off; "
                    + label() + " is " + (state() == InvoiceState.SENT ? "paid" : stateName()) + ".");
        }
        return with(lifecycle.writtenOff(now, reason), now);
    }

    /** The same invoice with the lines read with it. */
    Invoice withLines(List<InvoiceLine> readLines) {
        return new Invoice(id, workspaceId, clientId, number, dates, references, readLines, amounts, lifecycle,
                createdAt, updatedAt, version);
    }

    /** What a write-off gave up: the balance due when it was written off. */
    public Money writtenOff() {
        return state() == InvoiceState.WRITTEN_OFF ? amounts.outstanding() : Money.zero();
    }

    public Money total() {
        return amounts.totals().total();
    }

    /** What the client still owes: nothing on drafts, voided and written-off invoices. */
    public Money balanceDue() {
        return state() == InvoiceState.SENT ? amounts.outstanding() : Money.zero();
    }

    public InvoiceStatus status(LocalDate today) {
        return InvoiceStatus.of(this, today);
    }

    public boolean isDraft() {
        return state() == InvoiceState.DRAFT;
    }

    /** How people refer to it: the number once it has one. */
    public String label() {
        return number != null ? number : "draft";
    }

    public InvoiceState state() {
        return lifecycle.state();
    }

    public @Nullable LocalDate issueDate() {
        return dates.issueDate();
    }

    public @Nullable LocalDate dueDate() {
        return dates.dueDate();
    }

    public PaymentTerms terms() {
        return dates.terms();
    }

    public boolean dueDateFixed() {
        return dates.dueDateFixed();
    }

    public ServicePeriod servicePeriod() {
        return dates.servicePeriod();
    }

    public @Nullable String poNumber() {
        return references.poNumber();
    }

    public @Nullable String projectCode() {
        return references.projectCode();
    }

    public @Nullable String reference() {
        return references.reference();
    }

    public @Nullable String notes() {
        return references.notes();
    }

    public BigDecimal taxRatePercent() {
        return amounts.taxRatePercent();
    }

    public boolean taxExempt() {
        return amounts.taxExempt();
    }

    public Totals totals() {
        return amounts.totals();
    }

    public Money amountPaid() {
        return amounts.amountPaid();
    }

    public Money amountCredited() {
        return amounts.amountCredited();
    }

    public @Nullable Instant sentAt() {
        return lifecycle.sentAt();
    }

    /** The code printed on the invoice for checking it at /verify; none on drafts and on invoices sent before. */
    public @Nullable VerificationCode verificationCode() {
        return lifecycle.verificationCode();
    }

    public @Nullable Instant viewedAt() {
        return lifecycle.viewedAt();
    }

    public boolean disputed() {
        return lifecycle.disputed();
    }

    public @Nullable Instant voidedAt() {
        return lifecycle.voidedAt();
    }

    public @Nullable String voidReason() {
        return lifecycle.voidReason();
    }

    public @Nullable Instant writtenOffAt() {
        return lifecycle.writtenOffAt();
    }

    public @Nullable String writeOffReason() {
        return lifecycle.writeOffReason();
    }

    private Invoice with(InvoiceLifecycle changed, Instant now) {
        return new Invoice(id, workspaceId, clientId, number, dates, references, lines, amounts, changed, createdAt,
                now, version);
    }

    private Invoice with(InvoiceAmounts changed, Instant now) {
        return new Invoice(id, workspaceId, clientId, number, dates, references, lines, changed, lifecycle, createdAt,
                now, version);
    }

    private void requireOpenBalanceOf(Money amount) {
        if (state() != InvoiceState.SENT) {
            throw new WrongStateException("Invoice " + label() + " is " + stateName()
                    + "; payments and credits apply only to sent invoices.");
        }
        if (!amount.isPositive() || amount.compareTo(balanceDue()) > 0) {
            throw new BusinessRuleException("Invoice " + label() + " has $" + balanceDue().formatted() + " due; $"
                    + amount.formatted() + " cannot be applied to it.");
        }
    }

    private void requireDraft(String consequence) {
        if (state() != InvoiceState.DRAFT) {
            throw new WrongStateException("Invoice " + label() + " is " + stateName() + ": " + consequence);
        }
    }

    private String stateName() {
        return state().name().toLowerCase().replace('_', ' ');
    }
}
