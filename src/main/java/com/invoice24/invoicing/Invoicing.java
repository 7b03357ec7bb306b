package com.invoice24.invoicing;

import com.invoice24.catalog.Catalog;
import com.invoice24.catalog.ClientRate;
import com.invoice24.catalog.InvoiceTemplate;
import com.invoice24.catalog.Item;
import com.invoice24.catalog.ItemId;
import com.invoice24.catalog.TemplateId;
import com.invoice24.catalog.Unit;
import com.invoice24.clients.BillingProfile;
import com.invoice24.clients.Client;
import com.invoice24.clients.ClientId;
import com.invoice24.clients.ClientOnboarding;
import com.invoice24.clients.DeliveryMethod;
import com.invoice24.clients.Clients;
import com.invoice24.delivery.Outbox;
import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.DueDates;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.Money;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.PaymentTerms;
import com.invoice24.shared.ResultPage;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.AuditableChange;
import com.invoice24.workspace.AuditableChange.Subject;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.PaymentInstructions;
import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceSettings;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The invoice use cases: drafting, sending (finalizing), voiding, and reading them back. */
@Service
public class Invoicing {

    private final Invoices invoices;
    private final InvoiceNumbers numbers;
    private final InvoiceActivity activity;
    private final InvoiceEmails emails;
    private final Clients clients;
    private final ClientOnboarding onboarding;
    private final Catalog catalog;
    private final WorkspaceSettingsService workspaces;
    private final DueDates dueDates;
    private final Outbox outbox;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final InvoiceListTotals totals;

    Invoicing(Invoices invoices, InvoiceNumbers numbers, InvoiceActivity activity, InvoiceEmails emails,
              Clients clients, ClientOnboarding onboarding, Catalog catalog, WorkspaceSettingsService workspaces,
              DueDates dueDates, Outbox outbox, Clock clock, ApplicationEventPublisher events,
              InvoiceListTotals totals) {
        this.invoices = invoices;
        this.numbers = numbers;
        this.activity = activity;
        this.emails = emails;
        this.clients = clients;
        this.onboarding = onboarding;
        this.catalog = catalog;
        this.workspaces = workspaces;
        this.dueDates = dueDates;
        this.outbox = outbox;
        this.clock = clock;
        this.events = events;
        this.totals = totals;
    }

    public Invoice invoice(WorkspaceId workspace, InvoiceId id) {
        return invoices.find(workspace, id).orElseThrow(() -> new NotFoundException("Invoice " + id));
    }

    /**
     * These invoices, without their lines, for jobs that act on many at once and read only their
     * figures and dates; ids of another workspace are left out.
     */
    public List<Invoice> invoicesWithoutLines(WorkspaceId workspace, Collection<InvoiceId> ids) {
        return invoices.withoutLines(workspace, ids);
    }

    /** Today where the provider works: "overdue" and "issued today" follow the workspace's time zone. */
    public LocalDate today(WorkspaceId workspace) {
        return LocalDate.now(clock.withZone(workspaces.settingsOf(workspace).timeZone()));
    }

    @Transactional
    public Invoice draft(CurrentUser user, InvoiceRequest request) {
        if (request.clientId() == null) {
            throw new InvalidRequestException("Choose the client to invoice.",
                    List.of(new FieldProblem("clientId", "Choose a client")));
        }
        Client client = invoiceableClient(user.workspaceId(), new ClientId(request.clientId()));
        InvoiceRequest started = request.templateId() == null ? request
                : startingFromTemplate(user.workspaceId(), client.id(), request, request.templateId());
        Invoice draft = Invoice.draft(user.workspaceId(), client.id(),
                content(user.workspaceId(), client, null, started), clock.instant());
        invoices.add(draft);
        activity.record(draft, "created", "Draft created", user);
        return invoice(user.workspaceId(), draft.id());
    }

    /** A new draft with what a previous invoice said (client, lines, PO, reference, notes) but none of its dates. */
    @Transactional
    Invoice copy(CurrentUser user, InvoiceId id) {
        Invoice original = invoice(user.workspaceId(), id);
        Invoice copy = draft(user, InvoiceRequest.of(original).withDates(null, null,
                new InvoiceRequest.Period(null, null)));
        activity.record(copy, "copied", "Copied from invoice " + original.label(), user);
        return copy;
    }

    /**
     * What the editor shows as the user types: each row's amount and the totals. Rows are resolved as
     * saving resolves them (item prices, this client's rates); a row not complete yet counts as nothing.
     */
    Preview preview(WorkspaceId workspace, @Nullable ClientId clientId, List<InvoiceRequest.Line> rows,
                    @Nullable Money discount) {
        @Nullable Client client = clientId == null ? null : clients.find(workspace, clientId).orElse(null);
        List<@Nullable InvoiceLine> lines = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            lines.add(resolve(workspace, client, rows.get(index), index).line());
        }
        return Preview.of(lines, pricing(workspaces.settingsOf(workspace), client,
                discount != null ? discount : Money.zero()));
    }

    /** The editor's figures: an amount per row (none while the row is incomplete) and the totals. */
    record Preview(List<@Nullable Money> lineAmounts, Totals totals) {

        /** Priced as the draft is saved ({@link Pricing#totals}); a row not complete yet counts as nothing. */
        static Preview of(List<@Nullable InvoiceLine> rows, Pricing pricing) {
            return new Preview(rows.stream().map(row -> row == null ? null : row.amount()).toList(),
                    pricing.totals(rows.stream().filter(Objects::nonNull).toList()));
        }
    }

    /** What lines are priced with in this workspace, for this client (none chosen yet: not exempt). */
    private static Pricing pricing(WorkspaceSettings settings, @Nullable Client client, Money discount) {
        return new Pricing(discount, settings.salesTaxRatePercent(), client != null && client.profile().taxExempt());
    }

    /**
     * A line as it is added from the item library: the item's description with the invoice's
     * placeholders filled, a unit people read ("hour"), and this client's rate.
     */
    InvoiceRequest.Line lineFromItem(WorkspaceId workspace, ItemId itemId, @Nullable ClientId clientId,
                                     ServicePeriod period, @Nullable String projectCode,
                                     @Nullable BigDecimal quantity) {
        Item item = catalog.item(workspace, itemId);
        return new InvoiceRequest.Line(item.id().value(), Placeholders.fill(item.description(), period, projectCode),
                quantity != null ? quantity : BigDecimal.ONE, unitName(item.unit()),
                clientId != null ? item.priceFor(clientId) : item.unitPrice(), item.taxable());
    }

    @Transactional
    Invoice revise(CurrentUser user, InvoiceId id, InvoiceRequest request) {
        if (request.templateId() != null) {
            throw new InvalidRequestException("A template starts a new draft; it cannot be applied to this one.",
                    List.of(new FieldProblem("templateId", "Use templateId when creating a draft")));
        }
        Invoice current = invoice(user.workspaceId(), id);
        if (request.clientId() != null && !request.clientId().equals(current.clientId().value())) {
            throw new BusinessRuleException("A draft stays with its client; start a new draft for another client.",
                    List.of(new FieldProblem("clientId", "Start a new draft for another client")));
        }
        Client client = invoiceableClient(user.workspaceId(), current.clientId());
        invoices.save(current.revise(content(user.workspaceId(), client, current, request), clock.instant()), true);
        activity.record(current, "edited", "Draft edited", user);
        return invoice(user.workspaceId(), id);
    }

    /**
     * Finalizes the invoice in one transaction: checks, the next gapless number, status SENT, frozen,
     * and the email queued. If anything fails nothing happens, the number included.
     */
    @Transactional
    public Invoice send(CurrentUser user, InvoiceId id) {
        Invoice invoice = invoices.lockForUpdate(user.workspaceId(), id)
                .orElseThrow(() -> new NotFoundException("Invoice " + id));
        Client client = clients.find(user.workspaceId(), invoice.clientId())
                .orElseThrow(() -> new NotFoundException("Client " + invoice.clientId()));
        PreSendChecks.Outcome checks = invoice.isDraft() ? PreSendChecks.check(invoice, client.profile())
                : new PreSendChecks.Outcome(List.of(), List.of());
        if (!checks.passed()) {
            throw new BusinessRuleException("The invoice cannot be sent yet: " + String.join("; ",
                    checks.problems().stream().map(FieldProblem::message).toList()) + ".", checks.problems());
        }
        WorkspaceSettings settings = workspaces.settingsOf(user.workspaceId());
        LocalDate issuedOn = invoice.issueDate() != null ? invoice.issueDate() : today(user.workspaceId());
        LocalDate dueOn = invoice.dueDateFixed() && invoice.dueDate() != null ? invoice.dueDate()
                : dueDates.dueDate(issuedOn, invoice.terms(), settings.rollDueDateToBusinessDay());
        Invoice sent = invoice.finalizeAs(numbers.next(user.workspaceId(), settings.invoiceNumberPattern(), issuedOn),
                issuedOn, dueOn, invoices.unusedVerificationCode(), clock.instant());
        invoices.save(sent, false);
        BillingProfile profile = client.profile();
        activity.record(sent, "sent", "Sent to " + profile.billingEmail()
                + (profile.ccEmails().isEmpty() ? "" : " (cc " + String.join(", ", profile.ccEmails()) + ")"), user);
        outbox.queue(emails.invoiceEmailKeepingItsPdf(sent, profile, settings));
        events.publishEvent(new InvoiceSent(sent.workspaceId(), sent.id(), sent.clientId(), sent.label(), sent.total(),
                dueOn, sent.updatedAt()));
        events.publishEvent(AuditableChange.of(sent.workspaceId(), Subject.INVOICE, sent.id(), sent.label(), "sent",
                "Sent to " + client.name() + " for $" + sent.total().formatted()));
        return invoice(user.workspaceId(), id);
    }

    @Transactional
    Invoice voidInvoice(CurrentUser user, InvoiceId id, String reason) {
        if (reason.isBlank()) {
            throw new InvalidRequestException("Say why the invoice is voided; it goes on the record.",
                    List.of(new FieldProblem("reason", "Enter the reason")));
        }
        Invoice invoice = invoices.lockForUpdate(user.workspaceId(), id)
                .orElseThrow(() -> new NotFoundException("Invoice " + id));
        Invoice voided = invoice.voidBecause(reason.trim(), clock.instant());
        invoices.save(voided, false);
        events.publishEvent(new InvoiceVoided(voided.workspaceId(), id, voided.clientId(), voided.label(),
                reason.trim(), voided.updatedAt()));
        events.publishEvent(AuditableChange.of(voided.workspaceId(), Subject.INVOICE, id, voided.label(), "voided",
                "$" + voided.total().formatted() + " voided: " + reason.trim()));
        return invoice(user.workspaceId(), id);
    }

    /** A client's sent invoices with money due, oldest due first, for choosing what a payment pays. */
    public List<Invoice> openInvoices(WorkspaceId workspace, ClientId client) {
        InvoiceFilter sentToClient = new InvoiceFilter(null, client, null, null, false);
        return invoices.list(workspace, sentToClient, today(workspace), 0, 500).stream()
                .map(Invoices.Listed::invoice)
                .filter(invoice -> invoice.balanceDue().isPositive())
                .sorted(Comparator.comparing(Invoice::dueDate))
                .toList();
    }

    /** Every client's sent invoices with money due, oldest due first, in one query (the bank review queue). */
    public List<Invoice> openInvoices(WorkspaceId workspace) {
        return invoices.open(workspace);
    }

    /**
     * A client's open invoices, oldest due first, locked so concurrent payments queue up behind each other;
     * without their lines, which a payment does not need.
     */
    public List<Invoice> lockOpenInvoices(WorkspaceId workspace, ClientId client) {
        return invoices.lockOpen(workspace, client);
    }

    /**
     * Some of the workspace's invoices, locked until the caller's transaction ends with one statement, in the
     * order {@link #lockOpenInvoices} locks them; without their lines.
     */
    public List<Invoice> lock(WorkspaceId workspace, Collection<InvoiceId> ids) {
        List<Invoice> locked = ids.isEmpty() ? List.of() : invoices.lockAll(workspace, ids);
        if (locked.size() != Set.copyOf(ids).size()) {
            throw new NotFoundException("Invoices " + ids);
        }
        return locked;
    }

    /** One invoice, locked until the caller's transaction ends. */
    public Invoice lock(WorkspaceId workspace, InvoiceId id) {
        return invoices.lockForUpdate(workspace, id).orElseThrow(() -> new NotFoundException("Invoice " + id));
    }

    /**
     * Money received on invoices, in the caller's transaction, with the invoices locked: each invoice takes
     * its part by its own rule ({@link Invoice#receivePayment}), then their new balances are written with one
     * statement and their timeline entries with another, however many invoices one payment pays.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void applyPayments(List<InvoicePayment> payments, @Nullable CurrentUser by) {
        if (payments.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Invoice> paid = payments.stream()
                .map(payment -> payment.invoice().receivePayment(payment.amount(), now))
                .toList();
        invoices.saveAmounts(paid, now);
        activity.record(payments, "payment", by);
        for (int index = 0; index < paid.size(); index++) {
            announceApplied(paid.get(index), payments.get(index).amount());
        }
    }

    /**
     * A payment taken back off the invoices it paid, with them locked ({@link #lock(WorkspaceId, Collection)}): each
     * by its own rule ({@link Invoice#reversePayment}), their balances and timeline written as
     * {@link #applyPayments} writes them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reversePayments(List<InvoicePayment> reversals, @Nullable CurrentUser by) {
        if (reversals.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        invoices.saveAmounts(reversals.stream()
                .map(reversal -> reversal.invoice().reversePayment(reversal.amount(), now))
                .toList(), now);
        activity.record(reversals, "payment_reversed", by);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Invoice applyCredit(Invoice invoice, Money amount, String detail, @Nullable CurrentUser by) {
        return announceApplied(saveMoney(invoice.credit(amount, clock.instant()), "credit", detail, by), amount);
    }

    /** Paid once payments and credits leave nothing due; partially paid while some is still due. */
    private Invoice announceApplied(Invoice changed, Money applied) {
        events.publishEvent(changed.balanceDue().isPositive()
                ? new InvoicePartiallyPaid(changed.workspaceId(), changed.id(), changed.clientId(), changed.label(),
                applied, changed.balanceDue(), changed.updatedAt())
                : new InvoicePaid(changed.workspaceId(), changed.id(), changed.clientId(), changed.label(),
                changed.updatedAt()));
        return changed;
    }

    /**
     * The client opened the invoice in the portal. The first view moves SENT to VIEWED and is announced; later views
     * change nothing but the timeline, where each viewing session is one entry saying when and roughly who
     * ({@code viewer}: a browser and a network, never a full address). A draft has not reached the client.
     */
    @Transactional
    public Invoice recordClientView(WorkspaceId workspace, InvoiceId id, String viewer) {
        Invoice invoice = lock(workspace, id);
        activity.record(workspace, id, "viewed", "Opened in the client portal: " + viewer, null);
        if (invoice.viewedAt() != null) {
            return invoice;
        }
        Invoice viewed = invoice.markViewed(clock.instant());
        invoices.save(viewed, false);
        events.publishEvent(new InvoiceViewed(workspace, id, viewed.clientId(), viewed.label(), viewed.updatedAt()));
        return invoice(workspace, id);
    }

    /**
     * A sent invoice reached the client by a way the invoice email does not cover (uploaded to the client's AP
     * portal): it counts as delivered from now on, with the reference the client's side gave it on the timeline.
     */
    @Transactional
    public Invoice recordDelivery(WorkspaceId workspace, InvoiceId id, DeliveryMethod method, String reference,
                                  @Nullable CurrentUser by) {
        Invoice invoice = lock(workspace, id);
        if (invoice.isDraft()) {
            throw new WrongStateException("Invoice " + invoice.label() + " is a draft: send it before delivering it.");
        }
        activity.record(invoice, "delivered", delivered(method) + ", reference " + reference, by);
        events.publishEvent(new InvoiceDelivered(workspace, id, invoice.clientId(), invoice.label(), method, reference,
                clock.instant()));
        return invoice(workspace, id);
    }

    private static String delivered(DeliveryMethod method) {
        return switch (method) {
            case PORTAL_UPLOAD -> "Uploaded to the client's AP portal";
            case MAIL -> "Mailed to the client";
            case EMAIL -> "Emailed to the client";
        };
    }

    /**
     * Opens (true) or resolves (false) a dispute on a locked invoice, in the caller's transaction, and puts
     * it on the timeline ("disputed", "resolved").
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Invoice markDisputed(Invoice invoice, boolean disputed, String detail, @Nullable CurrentUser by) {
        return saveMoney(invoice.markDisputed(disputed, clock.instant()), disputed ? "disputed" : "resolved",
                detail, by);
    }

    @Transactional
    Invoice writeOff(CurrentUser user, InvoiceId id, String reason) {
        if (reason.isBlank()) {
            throw new InvalidRequestException("Say why the balance is written off; it goes on the record.",
                    List.of(new FieldProblem("reason", "Enter the reason")));
        }
        Invoice invoice = lock(user.workspaceId(), id);
        Money balance = invoice.balanceDue();
        Invoice writtenOff = invoice.writeOff(reason.trim(), clock.instant());
        invoices.save(writtenOff, false);
        events.publishEvent(new InvoiceWrittenOff(writtenOff.workspaceId(), id, writtenOff.clientId(),
                writtenOff.label(), balance, reason.trim(), writtenOff.updatedAt()));
        events.publishEvent(AuditableChange.of(invoice.workspaceId(), Subject.INVOICE, id, invoice.label(),
                "written off", "$" + balance.formatted() + " written off: " + reason.trim()));
        return invoice(user.workspaceId(), id);
    }

    private Invoice saveMoney(Invoice changed, String type, String detail, @Nullable CurrentUser by) {
        invoices.save(changed, false);
        activity.record(changed, type, detail, by);
        return invoice(changed.workspaceId(), changed.id());
    }

    /**
     * A correction: the invoice is voided with the reason and a draft with the same
     * content is opened for the user to fix and send as a new number.
     */
    @Transactional
    public Invoice reissue(CurrentUser user, InvoiceId id, String reason) {
        Invoice original = voidInvoice(user, id, reason);
        Invoice draft = draft(user, InvoiceRequest.of(original));
        activity.record(original, "reissued", "Reissued as a new draft to correct it", user);
        activity.record(draft, "reissue_of", "Correction of invoice " + original.label(), user);
        return draft;
    }

    /** The numbers of some of the workspace's invoices, for modules that show them beside their own records. */
    public Map<InvoiceId, String> numbers(WorkspaceId workspace, Collection<InvoiceId> ids) {
        return ids.isEmpty() ? Map.of() : invoices.numbers(workspace, ids);
    }

    List<Activity> activity(WorkspaceId workspace, InvoiceId id) {
        return activity.of(invoice(workspace, id));
    }

    /** What stops the draft from being sent as it is (PreSendChecks); nothing for an invoice already sent. */
    List<FieldProblem> sendProblems(Invoice invoice) {
        if (!invoice.isDraft()) {
            return List.of();
        }
        Client client = clients.find(invoice.workspaceId(), invoice.clientId())
                .orElseThrow(() -> new NotFoundException("Client " + invoice.clientId()));
        return PreSendChecks.check(invoice, client.profile()).problems();
    }

    /**
     * What AP might question on a draft, to confirm before sending: vague lines, a total above what is
     * left on its PO, and no payment instructions to tell the client how to pay.
     */
    List<FieldProblem> warnings(Invoice invoice) {
        if (!invoice.isDraft()) {
            return List.of();
        }
        List<FieldProblem> warnings = new ArrayList<>(PreSendChecks.warnings(invoice));
        if (invoice.poNumber() != null) {
            onboarding.purchaseOrders(invoice.workspaceId(), invoice.clientId()).stream()
                    .filter(po -> po.order().number().equals(invoice.poNumber()))
                    .filter(po -> invoice.total().compareTo(po.remaining()) > 0)
                    .findFirst()
                    .ifPresent(po -> warnings.add(new FieldProblem("poNumber", "PO " + po.order().number()
                            + " has $" + po.remaining().formatted() + " left; this invoice is $"
                            + invoice.total().formatted() + ". Ask the client to extend the PO before sending.")));
        }
        if (!hasPaymentInstructions(workspaces.settingsOf(invoice.workspaceId()).paymentInstructions())) {
            warnings.add(new FieldProblem("paymentInstructions", "No payment instructions are set up, so the "
                    + "invoice only says to contact you for payment details; add ACH, wire or check details in "
                    + "the business settings"));
        }
        return warnings;
    }

    /**
     * One page of invoices matching a filter, with the count and sums of all that match, and where the following
     * page starts ({@code next}; null on the last page).
     */
    public record Listing(ResultPage<Invoices.Listed> page, Invoices.Summary summary, @Nullable InvoiceCursor next) {
    }

    public Listing list(WorkspaceId workspace, InvoiceFilter filter, int page, int size) {
        return list(workspace, filter, null, page, size);
    }

    /**
     * The page after the cursor's invoice, or without a cursor the page-th page of this size. One row more than
     * the page is read to tell whether another page follows; the count and sums come from {@link InvoiceListTotals}.
     */
    public Listing list(WorkspaceId workspace, InvoiceFilter filter, @Nullable InvoiceCursor after, int page,
                        int size) {
        LocalDate today = today(workspace);
        long offset = after == null ? (long) page * size : 0;
        List<Invoices.Listed> read = invoices.list(workspace, filter, today, after, offset, size + 1);
        List<Invoices.Listed> shown = read.size() > size ? read.subList(0, size) : read;
        InvoiceCursor next = read.size() > size ? InvoiceCursor.after(shown.get(size - 1).invoice()) : null;
        Invoices.Summary summary = totals.of(workspace, filter, today);
        return new Listing(new ResultPage<>(shown, page, size, summary.count()), summary, next);
    }

    private static boolean hasPaymentInstructions(PaymentInstructions instructions) {
        return Stream.of(instructions.ach(), instructions.wire(), instructions.check(), instructions.cardUrl())
                .anyMatch(text -> text != null && !text.isBlank());
    }

    /**
     * The request with the template's lines (at this client's rates, when the client is known), its
     * notes and its terms where the request gives none.
     */
    InvoiceRequest startingFromTemplate(WorkspaceId workspace, @Nullable ClientId client,
                                        InvoiceRequest request, UUID templateId) {
        InvoiceTemplate template;
        try {
            template = catalog.template(workspace, new TemplateId(templateId));
        } catch (NotFoundException e) {
            throw new BusinessRuleException("There is no such invoice template.",
                    List.of(new FieldProblem("templateId", "There is no such invoice template")));
        }
        List<InvoiceRequest.Line> lines = template.lines().stream().map(line -> new InvoiceRequest.Line(
                line.itemId() == null ? null : line.itemId().value(), line.description(), line.quantity(),
                unitName(line.unit()), line.itemId() == null ? line.unitPrice()
                : clientRate(workspace, line.itemId(), client).orElse(line.unitPrice()), line.taxable())).toList();
        return request.startingFrom(lines, template.notes().isBlank() ? null : template.notes(),
                template.paymentTermsDays());
    }

    private Optional<BigDecimal> clientRate(WorkspaceId workspace, ItemId item, @Nullable ClientId client) {
        return client == null ? Optional.empty()
                : catalog.item(workspace, item).rateFor(client).map(ClientRate::unitPrice);
    }

    /** How an invoice line names a unit: "hour", "month", never the enum's "HOUR". */
    private static String unitName(Unit unit) {
        return unit.label().toLowerCase(Locale.ROOT);
    }

    private Client invoiceableClient(WorkspaceId workspace, ClientId id) {
        Client client = clients.find(workspace, id).orElseThrow(() -> new NotFoundException("Client " + id));
        if (client.archived()) {
            throw new BusinessRuleException(client.name() + " is archived; restore the client to invoice them.",
                    List.of(new FieldProblem("clientId", "This client is archived")));
        }
        return client;
    }

    /** Resolves a request against the draft it changes (if any), the client and the workspace. */
    private DraftContent content(WorkspaceId workspace, Client client, @Nullable Invoice current,
                                 InvoiceRequest request) {
        WorkspaceSettings settings = workspaces.settingsOf(workspace);
        PaymentTerms terms = terms(request, current, client.paymentTerms(settings.defaultPaymentTerms()));
        InvoiceDates.requirePlausible(request.issueDate(), "issueDate");
        InvoiceDates.requirePlausible(request.dueDate(), "dueDate");
        LocalDate issueDate = request.issueDate() != null ? request.issueDate()
                : current != null ? current.issueDate() : null;
        boolean dueDateFixed = request.dueDate() != null || (current != null && current.dueDateFixed()
                && request.paymentTermsDays() == null && request.paymentTermsBasis() == null);
        LocalDate dueDate = request.dueDate() != null ? request.dueDate()
                : dueDateFixed && current != null ? current.dueDate()
                : dueDates.dueDate(issueDate != null ? issueDate : today(workspace), terms,
                settings.rollDueDateToBusinessDay());
        if (issueDate != null && dueDate != null && dueDate.isBefore(issueDate)) {
            throw new InvalidRequestException("The due date is before the issue date.",
                    List.of(new FieldProblem("dueDate", "Use a date on or after the issue date")));
        }
        ServicePeriod period = request.servicePeriod() != null
                ? new ServicePeriod(request.servicePeriod().start(), request.servicePeriod().end())
                : current != null ? current.servicePeriod() : new ServicePeriod(null, null);
        InvoiceDates.requireInOrder(period);
        String projectCode = text(request.projectCode(), current != null ? current.projectCode() : null);
        List<InvoiceLine> lines = (request.lines() != null ? lines(workspace, client, request.lines())
                : current != null ? current.lines() : List.<InvoiceLine>of()).stream()
                .map(line -> line.describedAs(Placeholders.fill(line.description(), period, projectCode)))
                .toList();
        Money discount = request.discount() != null ? request.discount()
                : current != null ? current.totals().discount() : Money.zero();
        checkDiscount(discount, lines);
        String notes = text(request.notes(), current != null ? current.notes() : null);
        return new DraftContent(new InvoiceDates(issueDate, dueDate, terms, dueDateFixed, period),
                new InvoiceReferences(poNumber(request, current, client), projectCode,
                        text(request.reference(), current != null ? current.reference() : null),
                        notes == null ? null : Placeholders.fill(notes, period, projectCode)),
                lines, pricing(settings, client, discount));
    }

    /** The PO the invoice carries: the one given, else the draft's, else the client's default. */
    private static @Nullable String poNumber(InvoiceRequest request, @Nullable Invoice current, Client client) {
        if (request.poNumber() != null && !request.poNumber().isBlank()) {
            return request.poNumber().trim();
        }
        if (request.poNumber() == null && current != null) {
            return current.poNumber();
        }
        return client.profile().defaultPoNumber();
    }

    private static PaymentTerms terms(InvoiceRequest request, @Nullable Invoice current, PaymentTerms clientTerms) {
        PaymentTerms base = current != null ? current.terms() : clientTerms;
        if (request.paymentTermsDays() == null && request.paymentTermsBasis() == null) {
            return base;
        }
        return new PaymentTerms(request.paymentTermsBasis() != null ? request.paymentTermsBasis() : base.basis(),
                request.paymentTermsDays() != null ? request.paymentTermsDays() : base.days());
    }

    private List<InvoiceLine> lines(WorkspaceId workspace, Client client, List<InvoiceRequest.Line> requested) {
        List<FieldProblem> problems = new ArrayList<>();
        List<InvoiceLine> lines = new ArrayList<>();
        for (int index = 0; index < requested.size(); index++) {
            Resolved line = resolve(workspace, client, requested.get(index), index);
            if (line.line() != null) {
                lines.add(line.line());
            } else {
                problems.add(line.problem());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Some lines are not complete.", problems);
        }
        return lines;
    }

    /** A requested line as the invoice will carry it, or why it cannot be one yet. */
    private record Resolved(@Nullable InvoiceLine line, @Nullable FieldProblem problem) {

        static Resolved refused(int index, String field, String message) {
            return new Resolved(null, new FieldProblem("lines[" + index + "]." + field, message));
        }
    }

    /**
     * Fills what a line leaves out from its service item: the description, the unit, this client's rate
     * (the item's own price while no client is chosen) and taxability.
     */
    private Resolved resolve(WorkspaceId workspace, @Nullable Client client, InvoiceRequest.Line line, int index) {
        Item item = null;
        if (line.itemId() != null) {
            try {
                item = catalog.item(workspace, new ItemId(line.itemId()));
            } catch (NotFoundException e) {
                return Resolved.refused(index, "itemId", "There is no such item in your library");
            }
        }
        String description = line.description() != null && !line.description().isBlank() ? line.description().trim()
                : item != null ? item.description() : null;
        if (description == null || description.isBlank()) {
            return Resolved.refused(index, "description", "Describe what was delivered");
        }
        if (line.unitPrice() == null && item == null) {
            return Resolved.refused(index, "unitPrice", "Enter a unit price");
        }
        if (line.quantity() == null) {
            return Resolved.refused(index, "quantity", "Enter a quantity");
        }
        if (line.quantity().signum() < 0) {
            return Resolved.refused(index, "quantity", "Use a quantity of 0 or more; take money off with a discount");
        }
        BigDecimal unitPrice = line.unitPrice() != null ? line.unitPrice()
                : client != null ? item.priceFor(client.id()) : item.unitPrice();
        return new Resolved(new InvoiceLine(line.itemId(), description, line.quantity(),
                line.unit() != null && !line.unit().isBlank() ? line.unit().trim()
                        : item != null ? unitName(item.unit()) : null,
                unitPrice, line.taxable() != null ? line.taxable() : item != null && item.taxable()), null);
    }

    private static void checkDiscount(Money discount, List<InvoiceLine> lines) {
        Money subtotal = lines.stream().map(InvoiceLine::amount).reduce(Money.zero(), Money::plus);
        if (discount.isNegative() || discount.compareTo(subtotal) > 0 && discount.isPositive()) {
            throw new BusinessRuleException("The discount must be between $0.00 and the subtotal ($" + subtotal.formatted() + ").",
                    List.of(new FieldProblem("discount", "Use 0.00 up to " + subtotal)));
        }
    }

    private static @Nullable String text(@Nullable String requested, @Nullable String current) {
        if (requested == null) {
            return current;
        }
        return requested.isBlank() ? null : requested.trim();
    }
}
