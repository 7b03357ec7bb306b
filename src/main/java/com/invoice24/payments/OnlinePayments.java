package com.invoice24.payments;

import com.invoice24.clients.Client;
import com.invoice24.clients.ClientId;
import com.invoice24.clients.Clients;
import com.invoice24.delivery.Outbox;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.Money;
import com.invoice24.shared.NotFoundException;
import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Clients paying their invoices online through the {@link PaymentProvider}, when one is configured. A checkout is
 * kept here with what it pays before the client is sent to the provider; the provider's webhook then only says
 * which checkout was paid, and the payment is recorded from our own record, once, whatever order or how often the
 * provider's events arrive. The payment's receipt goes to the client's billing address.
 */
@Service
public class OnlinePayments {

    /** The most one checkout takes: Stripe's limit for a payment in dollars. */
    static final Money MOST = Money.usd("999999.99");
    /** The least: Stripe's smallest charge in dollars. */
    static final Money LEAST = Money.usd("0.50");

    private static final Logger log = LoggerFactory.getLogger(OnlinePayments.class);

    private final @Nullable PaymentProvider provider;
    private final OnlineCheckouts checkouts;
    private final PaymentRecording recording;
    private final Invoicing invoicing;
    private final Clients clients;
    private final WorkspaceSettingsService workspaces;
    private final Outbox outbox;
    private final TransactionTemplate transaction;

    OnlinePayments(ObjectProvider<PaymentProvider> provider, OnlineCheckouts checkouts, PaymentRecording recording,
                   Invoicing invoicing, Clients clients, WorkspaceSettingsService workspaces, Outbox outbox,
                   PlatformTransactionManager transactions) {
        this.provider = provider.getIfAvailable();
        this.checkouts = checkouts;
        this.recording = recording;
        this.invoicing = invoicing;
        this.clients = clients;
        this.workspaces = workspaces;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What the client pays on one invoice. */
    public record ToPay(InvoiceId invoice, Money amount) {
    }

    /** Whether clients can pay online here: a provider is configured. */
    public boolean available() {
        return provider != null;
    }

    /**
     * Opens a checkout at the provider for the amounts given, each on an open invoice of this client, and returns
     * the provider's page to send the client to. Refused, naming the field ({@code amount} for one invoice,
     * {@code invoices[i].amount} for several), when an amount is not above zero or above what the invoice has due,
     * or an invoice is not an open invoice of this client in this workspace.
     */
    public String checkout(WorkspaceId workspace, ClientId clientId, List<ToPay> parts, String successUrl,
                           String cancelUrl) {
        PaymentProvider paying = provider();
        Client client = clients.find(workspace, clientId).orElseThrow(() -> new NotFoundException("Client " + clientId));
        Map<InvoiceId, Invoice> open = invoicing.openInvoices(workspace, client.id()).stream()
                .collect(Collectors.toMap(Invoice::id, Function.identity()));
        List<PaymentProvider.Line> lines = lines(parts, open);
        UUID id = UUID.randomUUID();
        PaymentProvider.Checkout opened = paying.startCheckout(new PaymentProvider.CheckoutRequest(id,
                workspaces.settingsOf(workspace).invoiceName(), client.name(), client.profile().billingEmail(), lines,
                successUrl, cancelUrl));
        checkouts.add(OnlineCheckout.opened(id, workspace, client.id(), paying.name(), opened.id(), parts));
        return opened.url();
    }

    /**
     * A webhook from the provider: refused with {@link PaymentProvider.InvalidWebhookException} unless its signature
     * holds; otherwise handled once per event id, and an event about a checkout that is not ours, or that we do not
     * act on, is taken and ignored. The provider is asked for the payment's fee before the database is touched.
     */
    public void receive(String payload, @Nullable String signature) {
        PaymentProvider paying = provider();
        PaymentProvider.Event event = paying.verify(payload, signature);
        if (event.checkoutId() == null || event.outcome() == PaymentProvider.Outcome.OTHER) {
            return;
        }
        Optional<OnlineCheckout> checkout = checkouts.find(paying.name(), event.checkoutId());
        if (checkout.isEmpty()) {
            log.info("{} event {} names checkout {}, which is not one of ours", paying.name(), event.id(),
                    event.checkoutId());
            return;
        }
        PaymentProvider.Settlement settlement = event.outcome() == PaymentProvider.Outcome.PAID
                && !checkout.get().paid() && event.paymentReference() != null
                ? paying.settlement(event.paymentReference()) : null;
        transaction.executeWithoutResult(status -> handle(paying.name(), event, settlement));
    }

    private void handle(String providerName, PaymentProvider.Event event,
                        PaymentProvider.@Nullable Settlement settlement) {
        if (!checkouts.firstDelivery(providerName, event)) {
            return;
        }
        OnlineCheckout checkout = checkouts.lock(providerName, String.valueOf(event.checkoutId())).orElseThrow();
        if (event.outcome() != PaymentProvider.Outcome.PAID) {
            checkouts.update(checkout.after(event.outcome()));
            return;
        }
        if (checkout.paid() || settlement == null) {
            return;
        }
        Payment payment = recording.recordOnline(checkout.workspace(), checkout.client(),
                PaymentAmount.of(checkout.amount(), settlement.fee()), settlement.method(),
                String.valueOf(event.paymentReference()), checkout.meant(), "Paid online (" + providerName + ")");
        checkouts.update(checkout.paidBy(payment.id()));
        Client client = clients.find(checkout.workspace(), checkout.client()).orElseThrow();
        PaymentReceipts.emailOf(payment, client.profile(), workspaces.settingsOf(checkout.workspace()))
                .ifPresent(outbox::queue);
    }

    private PaymentProvider provider() {
        if (provider == null) {
            throw new BusinessRuleException("Paying online is not set up here; please pay by bank transfer or check.");
        }
        return provider;
    }

    /** The provider's line for each part, refused field by field when any part does not fit. */
    private static List<PaymentProvider.Line> lines(List<ToPay> parts, Map<InvoiceId, Invoice> open) {
        List<FieldProblem> problems = new ArrayList<>();
        List<PaymentProvider.Line> lines = new ArrayList<>();
        Set<InvoiceId> seen = new HashSet<>();
        for (int index = 0; index < parts.size(); index++) {
            ToPay part = parts.get(index);
            String field = parts.size() == 1 ? "" : "invoices[" + index + "].";
            Invoice invoice = open.get(part.invoice());
            if (!seen.add(part.invoice())) {
                problems.add(new FieldProblem(field + "invoice", "This invoice is listed twice"));
            } else if (invoice == null) {
                problems.add(new FieldProblem(field.isEmpty() ? "invoice" : field + "invoice",
                        "This invoice has nothing left to pay"));
            } else if (!part.amount().isPositive() || part.amount().compareTo(invoice.balanceDue()) > 0) {
                problems.add(new FieldProblem(field + "amount", "Enter an amount above 0.00 and at most $"
                        + invoice.balanceDue().formatted() + ", the balance of invoice " + invoice.number()));
            } else {
                lines.add(new PaymentProvider.Line("Invoice " + invoice.number(), part.amount()));
            }
        }
        Money total = parts.stream().map(ToPay::amount).reduce(Money.zero(), Money::plus);
        if (parts.isEmpty()) {
            problems.add(new FieldProblem("invoices", "Choose at least one invoice to pay"));
        } else if (problems.isEmpty() && (total.compareTo(LEAST) < 0 || total.compareTo(MOST) > 0)) {
            problems.add(new FieldProblem(parts.size() == 1 ? "amount" : "invoices", "Online payments take $"
                    + LEAST.formatted() + " up to $" + MOST.formatted() + " at once"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("This payment cannot be made: " + String.join("; ",
                    problems.stream().map(FieldProblem::message).toList()) + ".", problems);
        }
        return lines;
    }
}
