package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.Money;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.MemberId;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A credit note: corrects a sent invoice without changing it, by lowering what it asks for.
 * It has a gapless number of its own and is never changed once issued; {@code lines} is empty
 * when the note is a single amount with its reason.
 */
record CreditNote(CreditNoteId id, WorkspaceId workspaceId, InvoiceId invoiceId, String invoiceNumber,
                         ClientId clientId, String number, Money amount, String reason, List<CreditNoteLine> lines,
                         Money balanceDueAfter, LocalDate issuedOn, Instant createdAt, MemberId createdBy) {

    public CreditNote {
        lines = List.copyOf(lines);
    }

    /**
     * Issues a credit note on a sent invoice for at most what the invoice still asks for; itemized
     * lines must add up to the amount. The caller holds the invoice's lock, so the balance checked
     * here is the one the credit is applied to.
     */
    static CreditNote issue(Invoice invoice, String number, Money amount, String reason, List<CreditNoteLine> lines,
                            LocalDate issuedOn, MemberId by, Instant now) {
        requireCreditable(invoice);
        if (reason.isBlank()) {
            throw new InvalidRequestException("Say why the invoice is credited; the client reads it on the note.",
                    List.of(new FieldProblem("reason", "Enter the reason")));
        }
        requireAmountWithinBalance(invoice, amount);
        requireLinesAddingUpTo(amount, lines);
        return new CreditNote(CreditNoteId.random(), invoice.workspaceId(), invoice.id(),
                String.valueOf(invoice.number()), invoice.clientId(), number, amount, reason.trim(), lines,
                invoice.balanceDue().minus(amount), issuedOn, now, by);
    }

    /** What other modules hear once the note is issued. */
    CreditNoteIssued issued() {
        return new CreditNoteIssued(workspaceId, id, clientId, number, invoiceId, amount, createdAt);
    }

    private static void requireCreditable(Invoice invoice) {
        @Nullable String refusal = switch (invoice.state()) {
            case SENT -> null;
            case DRAFT -> "This invoice is a draft: edit it instead. Credit notes correct invoices that were sent.";
            case VOID -> "Invoice " + invoice.label() + " is void, so nothing is due on it to credit.";
            case WRITTEN_OFF -> "Invoice " + invoice.label() + " is written off, so nothing is due on it to credit.";
        };
        if (refusal != null) {
            throw new WrongStateException(refusal);
        }
    }

    private static void requireAmountWithinBalance(Invoice invoice, Money amount) {
        if (!amount.isPositive()) {
            throw new BusinessRuleException("A credit note is for an amount above $0.00.",
                    List.of(new FieldProblem("amount", "Enter an amount above 0.00")));
        }
        Money due = invoice.balanceDue();
        if (amount.compareTo(due) > 0) {
            throw new BusinessRuleException("Invoice " + invoice.label() + " has $" + due.formatted()
                    + " due; a credit note can be for at most that.",
                    List.of(new FieldProblem("amount", "Use at most $" + due.formatted())));
        }
    }

    private static void requireLinesAddingUpTo(Money amount, List<CreditNoteLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            if (!lines.get(index).amount().isPositive()) {
                problems.add(new FieldProblem("lines[" + index + "].amount", "Enter an amount above 0.00"));
            }
        }
        Money sum = lines.stream().map(CreditNoteLine::amount).reduce(Money.zero(), Money::plus);
        if (problems.isEmpty() && sum.compareTo(amount) != 0) {
            problems.add(new FieldProblem("amount", "Make it " + sum + ", what the lines add up to"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("The lines of a credit note are each above $0.00 and add up to its "
                    + "amount; these add up to $" + sum.formatted() + ".", problems);
        }
    }
}
