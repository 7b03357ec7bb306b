package com.invoice24.payments;

import com.invoice24.clients.Client;
import com.invoice24.clients.ClientId;
import com.invoice24.clients.Clients;
import com.invoice24.clients.PaymentMethod;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.InvoicePayment;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.Money;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.ResultPage;
import com.invoice24.workspace.AuditableChange;
import com.invoice24.workspace.AuditableChange.Subject;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording money received: allocation to invoices explicitly, oldest due first, or as a client's online
 * checkout meant it, the rest as client credit; applying and refunding credit; reversing a mistaken payment. The
 * client's open invoices are locked while money moves, so two payments at once can never over-apply.
 * {@link PaymentRecorded}, {@link PaymentReversed} and {@link ClientCreditApplied} are published inside the
 * transaction that moves the money, so listeners hear of it exactly when it is committed: once, naming every
 * invoice it touched.
 */
@Service
public class PaymentRecording {

    private final Payments payments;
    private final ClientCredit credit;
    private final Invoicing invoicing;
    private final Clients clients;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PaymentRecording(Payments payments, ClientCredit credit, Invoicing invoicing, Clients clients, Clock clock,
                     ApplicationEventPublisher events) {
        this.payments = payments;
        this.credit = credit;
        this.invoicing = invoicing;
        this.clients = clients;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Returns the payment as written, without reading it back: its allocations carry the numbers of the
     * invoices locked for them.
     */
    @Transactional
    Payment record(CurrentUser user, PaymentRequest request) {
        WorkspaceId workspace = user.workspaceId();
        Client client = client(workspace, request.clientId());
        PaymentAmount received = PaymentAmount.of(request.amount(), request.fee());
        Money amount = received.amount();
        List<Invoice> open = invoicing.lockOpenInvoices(workspace, client.id());
        List<Allocation> allocations = request.allocations() == null
                ? Allocations.oldestDueFirst(Allocations.Open.of(open), amount)
                : Allocations.explicit(client.name(), Allocations.Open.of(open), request.allocations(), amount);
        return write(new Received(client, received,
                request.receivedOn() != null ? request.receivedOn() : invoicing.today(workspace), request.method(),
                blankToNull(request.reference())), open, allocations, user, user.name());
    }

    /**
     * Money a payment provider took for the invoices the client chose to pay: each gets what was meant for it as
     * far as it is still due (the client may have paid part of it meanwhile by other means, or it was voided);
     * the rest is the client's credit. Never refused for what happened to the invoices since, so the provider's
     * news is always taken.
     */
    @Transactional
    Payment recordOnline(WorkspaceId workspace, ClientId clientId, PaymentAmount received, PaymentMethod method,
                         String reference, Map<InvoiceId, Money> meant, String by) {
        Client client = clients.find(workspace, clientId).orElseThrow(() -> new NotFoundException("Client " + clientId));
        List<Invoice> open = invoicing.lockOpenInvoices(workspace, client.id());
        List<Allocation> allocations = Allocations.upTo(Allocations.Open.of(open), meant, received.amount());
        return write(new Received(client, received, invoicing.today(workspace), method, reference), open, allocations,
                null, by);
    }

    /** What came in, before it is spread over invoices. */
    private record Received(Client client, PaymentAmount amount, LocalDate on, PaymentMethod method,
                            @Nullable String reference) {
    }

    private Payment write(Received received, List<Invoice> open, List<Allocation> allocations,
                          @Nullable CurrentUser user, String by) {
        Client client = received.client();
        WorkspaceId workspace = client.workspaceId();
        Payment payment = new Payment(PaymentId.random(), workspace, client.id(), received.amount().amount(),
                received.on(), received.method(), received.reference(), received.amount().fee(),
                allocations.stream().sorted(Allocation.IN_NUMBER_ORDER).toList(), null, null,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        payments.add(payment, by);
        invoicing.applyPayments(onInvoices(open, allocations, allocation -> "Payment of $"
                + allocation.amount().formatted() + " by " + payment.method().label() + describe(payment)), user);
        if (payment.unapplied().isPositive()) {
            credit.record(workspace, client.id(), ClientCredit.Entry.RECEIVED, payment.unapplied(), payment.id(), null,
                    allocations.isEmpty() ? "Deposit or advance payment" : "Paid more than was due", by);
        }
        events.publishEvent(payment.recorded());
        events.publishEvent(AuditableChange.of(workspace, Subject.PAYMENT, payment.id(), label(payment, client),
                "recorded", payment.method().label() + describe(payment) + applied(allocations, ". Applied to ")
                        + (payment.unapplied().isPositive() ? ". $" + payment.unapplied().formatted()
                        + " to client credit" : "")));
        return payment;
    }

    @Transactional
    Payment reverse(CurrentUser user, PaymentId id, String reason) {
        if (reason.isBlank()) {
            throw new InvalidRequestException("Say why the payment is reversed; it goes on the record.",
                    List.of(new FieldProblem("reason", "Enter the reason")));
        }
        WorkspaceId workspace = user.workspaceId();
        Payment payment = payments.lock(workspace, id).orElseThrow(() -> new NotFoundException("Payment " + id));
        Payment reversed = payment.reverse(reason.trim(), clock.instant());
        Client client = clients.find(workspace, payment.clientId()).orElseThrow();
        credit.lock(workspace, payment.clientId());
        if (reversed.unapplied().isPositive()) {
            available(workspace, client).requireStillHeld(reversed.unapplied());
            credit.record(workspace, payment.clientId(), ClientCredit.Entry.REVERSED, Money.zero()
                    .minus(reversed.unapplied()), id, null, reason.trim(), user.name());
        }
        invoicing.reversePayments(onInvoices(invoicing.lock(workspace, reversed.invoiceIds()), reversed.allocations(),
                allocation -> "Payment of $" + allocation.amount().formatted() + " reversed: " + reason.trim()), user);
        payments.markReversed(reversed);
        events.publishEvent(reversed.reversal());
        events.publishEvent(AuditableChange.of(workspace, Subject.PAYMENT, id, label(payment, client), "reversed",
                reason.trim() + applied(reversed.allocations(), ". Taken back from ")));
        return payment(workspace, id);
    }

    /** Uses the client's credit on their invoices: the one given, or the oldest due first. */
    @Transactional
    List<Allocation> applyCredit(CurrentUser user, ClientId clientId, @Nullable UUID invoiceId,
                                 @Nullable Money requested) {
        WorkspaceId workspace = user.workspaceId();
        Client client = client(workspace, clientId.value());
        credit.lock(workspace, client.id());
        Money amount = available(workspace, client).toApply(requested);
        List<Invoice> open = invoicing.lockOpenInvoices(workspace, client.id());
        List<Allocation> allocations = invoiceId == null
                ? Allocations.oldestDueFirst(Allocations.Open.of(open), amount)
                : Allocations.explicit(client.name(), Allocations.Open.of(open),
                        List.of(new PaymentRequest.Target(invoiceId, amount)), amount);
        invoicing.applyPayments(onInvoices(open, allocations, allocation -> "Client credit of $"
                + allocation.amount().formatted() + " applied"), user);
        credit.recordApplied(workspace, client.id(), allocations, user.name());
        if (!allocations.isEmpty()) {
            events.publishEvent(new ClientCreditApplied(workspace, client.id(),
                    allocations.stream().map(Allocation::invoiceId).toList(),
                    allocations.stream().map(Allocation::amount).reduce(Money.zero(), Money::plus), clock.instant()));
            events.publishEvent(AuditableChange.of(workspace, Subject.CLIENT, client.id(), client.name(),
                    "credit applied", applied(allocations, "Applied to ")));
        }
        return allocations;
    }

    @Transactional
    Money refundCredit(CurrentUser user, ClientId clientId, @Nullable Money requested, String reason) {
        if (reason.isBlank()) {
            throw new InvalidRequestException("Say why the credit is refunded.",
                    List.of(new FieldProblem("reason", "Enter the reason")));
        }
        WorkspaceId workspace = user.workspaceId();
        Client client = client(workspace, clientId.value());
        credit.lock(workspace, client.id());
        Money amount = available(workspace, client).toRefund(requested);
        credit.record(workspace, client.id(), ClientCredit.Entry.REFUNDED, Money.zero().minus(amount), null, null,
                reason.trim(), user.name());
        events.publishEvent(AuditableChange.of(workspace, Subject.CLIENT, client.id(), client.name(),
                "credit refunded", "$" + amount.formatted() + " refunded: " + reason.trim()));
        return credit.balance(workspace, client.id());
    }

    Payment payment(WorkspaceId workspace, PaymentId id) {
        return payments.find(workspace, id).orElseThrow(() -> new NotFoundException("Payment " + id));
    }

    public ResultPage<Payment> list(WorkspaceId workspace, @Nullable ClientId client, int page, int size) {
        return payments.list(workspace, client, page, size);
    }

    /** The workspace's latest payments, newest first, without counting them all. */
    public List<Payment> latest(WorkspaceId workspace, int size) {
        return payments.latest(workspace, null, 0, size);
    }

    /** The client's unspent credit: what goes to their next invoices, or back to them as a refund. */
    public Money creditOf(WorkspaceId workspace, ClientId client) {
        return credit.balance(workspace, client);
    }

    private Client client(WorkspaceId workspace, @Nullable UUID id) {
        if (id == null) {
            throw new InvalidRequestException("Choose the client.", List.of(new FieldProblem("clientId", "Choose a client")));
        }
        return clients.find(workspace, new ClientId(id))
                .orElseThrow(() -> new NotFoundException("Client " + id));
    }

    /** Each allocation as money on the locked invoice it is for, with what the invoice's timeline says. */
    private static List<InvoicePayment> onInvoices(List<Invoice> locked, List<Allocation> allocations,
                                                   Function<Allocation, String> detail) {
        Map<InvoiceId, Invoice> byId = locked.stream().collect(Collectors.toMap(Invoice::id, invoice -> invoice));
        return allocations.stream()
                .map(allocation -> new InvoicePayment(byId.get(allocation.invoiceId()), allocation.amount(),
                        detail.apply(allocation)))
                .toList();
    }

    /** The client's credit as it stands; the caller holds the client's credit lock. */
    private AvailableCredit available(WorkspaceId workspace, Client client) {
        return new AvailableCredit(client.name(), credit.balance(workspace, client.id()));
    }

    /** How the log names a payment, which has no number of its own: "$750.00 from Globex". */
    private static String label(Payment payment, Client client) {
        return "$" + payment.amount().formatted() + " from " + client.name();
    }

    /** "Applied to INV-2026-0004 $500.00, INV-2026-0005 $250.00", or nothing when no invoice was paid. */
    private static String applied(List<Allocation> allocations, String lead) {
        return allocations.isEmpty() ? "" : allocations.stream()
                .map(allocation -> allocation.invoiceNumber() + " $" + allocation.amount().formatted())
                .collect(Collectors.joining(", ", lead, ""));
    }

    private static String describe(Payment payment) {
        return payment.reference() == null ? "" : " (ref " + payment.reference() + ")";
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
