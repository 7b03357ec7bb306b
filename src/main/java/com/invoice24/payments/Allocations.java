package com.invoice24.payments;

import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How money received is spread over a client's open invoices: oldest due first, or as the payer
 * said. Neither ever puts more on an invoice than it has due, nor spreads more than was received;
 * what is not spread stays with the client as credit.
 */
final class Allocations {

    private Allocations() {
    }

    /** An invoice with money due, as allocation sees it. */
    record Open(InvoiceId id, @Nullable String number, Money balanceDue) {

        static List<Open> of(List<Invoice> invoices) {
            return invoices.stream().map(invoice -> new Open(invoice.id(), invoice.number(), invoice.balanceDue()))
                    .toList();
        }
    }

    /** Fills the invoices in the order given (oldest due first) until the money runs out. */
    static List<Allocation> oldestDueFirst(List<Open> open, Money amount) {
        List<Allocation> allocations = new ArrayList<>();
        Money left = amount;
        for (Open invoice : open) {
            if (!left.isPositive()) {
                break;
            }
            if (!invoice.balanceDue().isPositive()) {
                continue;
            }
            Money share = invoice.balanceDue().compareTo(left) <= 0 ? invoice.balanceDue() : left;
            allocations.add(new Allocation(invoice.id(), invoice.number(), share));
            left = left.minus(share);
        }
        return allocations;
    }

    /**
     * What was meant for each invoice, as far as it is still due; an invoice no longer open gets nothing. Never
     * refuses: what does not fit stays with the client as credit.
     */
    static List<Allocation> upTo(List<Open> open, Map<InvoiceId, Money> meant, Money amount) {
        List<Allocation> allocations = new ArrayList<>();
        Money left = amount;
        for (Map.Entry<InvoiceId, Money> want : meant.entrySet()) {
            Open invoice = open.stream().filter(i -> i.id().equals(want.getKey())).findFirst().orElse(null);
            if (invoice == null) {
                continue;
            }
            Money share = smallest(smallest(want.getValue(), invoice.balanceDue()), left);
            if (share.isPositive()) {
                allocations.add(new Allocation(invoice.id(), invoice.number(), share));
                left = left.minus(share);
            }
        }
        return allocations;
    }

    private static Money smallest(Money one, Money other) {
        return one.compareTo(other) <= 0 ? one : other;
    }

    /** The payer's own split, refused as a whole, field by field, when any part of it does not fit. */
    static List<Allocation> explicit(String clientName, List<Open> open, List<PaymentRequest.Target> targets,
                                     Money amount) {
        Map<InvoiceId, Money> wanted = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int index = 0; index < targets.size(); index++) {
            PaymentRequest.Target target = targets.get(index);
            String field = "allocations[" + index + "]";
            if (target.invoiceId() == null || target.amount() == null || !target.amount().isPositive()) {
                problems.add(new FieldProblem(field + ".amount", "Give the invoice and an amount above 0.00"));
                continue;
            }
            wanted.merge(new InvoiceId(target.invoiceId()), target.amount(), Money::plus);
        }
        List<Allocation> allocations = new ArrayList<>();
        int index = 0;
        for (Map.Entry<InvoiceId, Money> want : wanted.entrySet()) {
            String field = "allocations[" + index++ + "]";
            Open invoice = open.stream().filter(i -> i.id().equals(want.getKey())).findFirst().orElse(null);
            if (invoice == null) {
                problems.add(new FieldProblem(field + ".invoiceId", "This is not an open invoice of " + clientName));
            } else if (want.getValue().compareTo(invoice.balanceDue()) > 0) {
                problems.add(new FieldProblem(field + ".amount", "Invoice " + invoice.number() + " has only $"
                        + invoice.balanceDue().formatted() + " due"));
            } else {
                allocations.add(new Allocation(invoice.id(), invoice.number(), want.getValue()));
            }
        }
        Money allocated = allocations.stream().map(Allocation::amount).reduce(Money.zero(), Money::plus);
        if (allocated.compareTo(amount) > 0) {
            problems.add(new FieldProblem("allocations", "The allocations add up to $" + allocated.formatted()
                    + ", more than the $" + amount.formatted() + " received"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("The payment cannot be allocated like this: " + String.join("; ",
                    problems.stream().map(FieldProblem::message).toList()) + ".", problems);
        }
        return allocations;
    }
}
