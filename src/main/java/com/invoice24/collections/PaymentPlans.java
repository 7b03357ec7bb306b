package com.invoice24.collections;

import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceActivity;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.Money;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.Timestamps;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.AuditableChange;
import com.invoice24.workspace.AuditableChange.Subject;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment plans: an invoice's balance split into installments with dates. Payments since the
 * plan count toward the installments in order; an installment whose date has passed and that those
 * payments do not cover is missed.
 */
@Service
public class PaymentPlans {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    public record InstallmentRequest(@Nullable LocalDate dueOn, @Nullable BigDecimal amount) {
    }

    public record Installment(int number, LocalDate dueOn, Money amount, Money cumulative, boolean paid,
                              boolean missed) {
    }

    public record Plan(UUID id, UUID invoiceId, Instant createdAt, @Nullable String createdBy, Money total,
                       Money paidSincePlan, List<Installment> installments) {

        /** The first installment missed, if any. */
        public Optional<Installment> missed() {
            return installments.stream().filter(Installment::missed).findFirst();
        }
    }

    private final JdbcClient jdbc;
    private final Invoicing invoicing;
    private final InvoiceActivity activity;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PaymentPlans(JdbcClient jdbc, Invoicing invoicing, InvoiceActivity activity, Clock clock,
                 ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.invoicing = invoicing;
        this.activity = activity;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Plan create(CurrentUser user, InvoiceId id, @Nullable List<InstallmentRequest> requested) {
        WorkspaceId workspace = user.workspaceId();
        LocalDate today = invoicing.today(workspace);
        List<FieldProblem> problems = new ArrayList<>();
        if (requested == null || requested.isEmpty()) {
            problems.add(new FieldProblem("installments", "Add at least one installment"));
        } else {
            LocalDate previous = today;
            for (int i = 0; i < requested.size(); i++) {
                InstallmentRequest installment = requested.get(i);
                String at = "installments[" + i + "].";
                if (installment == null || installment.dueOn() == null) {
                    problems.add(new FieldProblem(at + "dueOn", "Enter the date the installment is due"));
                } else if (!installment.dueOn().isAfter(previous)) {
                    problems.add(new FieldProblem(at + "dueOn", i == 0 ? "Use a date in the future"
                            : "Use a date after the previous installment's"));
                } else {
                    previous = installment.dueOn();
                }
                if (installment == null || installment.amount() == null || installment.amount().signum() <= 0) {
                    problems.add(new FieldProblem(at + "amount", "Enter an amount of more than 0"));
                } else if (installment.amount().stripTrailingZeros().scale() > 2) {
                    problems.add(new FieldProblem(at + "amount", "Use at most 2 decimals"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("The payment plan is not valid.", problems);
        }
        Invoice invoice = invoicing.lock(workspace, id);
        if (!invoice.balanceDue().isPositive()) {
            throw new WrongStateException("Invoice " + invoice.label() + " has nothing due; there is nothing to plan.");
        }
        Money total = requested.stream().map(installment -> Money.of(installment.amount()))
                .reduce(Money.zero(), Money::plus);
        if (total.compareTo(invoice.balanceDue()) != 0) {
            throw new BusinessRuleException("The installments add up to $" + total.formatted()
                    + " but the balance due is $" + invoice.balanceDue().formatted() + ".",
                    List.of(new FieldProblem("installments", "Make the installments add up to the balance due, $"
                            + invoice.balanceDue().formatted())));
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE payment_plans SET replaced_at = :at WHERE invoice_id = :invoice AND replaced_at IS NULL")
                .param("at", Timestamps.of(now)).param("invoice", id.value()).update();
        UUID planId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO payment_plans (id, workspace_id, invoice_id, settled_before, created_at, created_by)
                VALUES (:id, :workspace, :invoice, :settled, :at, :by)""")
                .param("id", planId)
                .param("workspace", workspace.value())
                .param("invoice", id.value())
                .param("settled", invoice.amountPaid().plus(invoice.amountCredited()).amount())
                .param("at", Timestamps.of(now))
                .param("by", user.name())
                .update();
        for (int position = 0; position < requested.size(); position++) {
            jdbc.sql("INSERT INTO payment_plan_installments (plan_id, position, due_on, amount) "
                            + "VALUES (:plan, :position, :due, :amount)")
                    .param("plan", planId)
                    .param("position", position)
                    .param("due", requested.get(position).dueOn())
                    .param("amount", Money.of(requested.get(position).amount()).amount())
                    .update();
        }
        activity.record(invoice, "payment_plan", "Payment plan: " + requested.size() + " installment"
                + (requested.size() == 1 ? "" : "s") + ", the last on " + DAY.format(requested.get(requested.size() - 1)
                .dueOn()), user);
        events.publishEvent(AuditableChange.of(workspace, Subject.INVOICE, id, invoice.label(), "payment plan set",
                "$" + total.formatted() + " in " + requested.size() + " installment" + (requested.size() == 1 ? "" : "s")
                        + ", the last on " + DAY.format(requested.get(requested.size() - 1).dueOn())));
        return active(workspace, id).orElseThrow();
    }

    public Plan of(WorkspaceId workspace, InvoiceId id) {
        invoicing.invoice(workspace, id);
        return active(workspace, id).orElseThrow(() -> new NotFoundException("Payment plan of invoice " + id.value()));
    }

    /** The invoice's plan while it has money due. */
    public Optional<Plan> active(WorkspaceId workspace, InvoiceId id) {
        Optional<Row> row = jdbc.sql("SELECT * FROM payment_plans WHERE workspace_id = :workspace "
                        + "AND invoice_id = :invoice AND replaced_at IS NULL")
                .param("workspace", workspace.value())
                .param("invoice", id.value())
                .query(PaymentPlans::row)
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Invoice invoice = invoicing.invoice(workspace, id);
        if (!invoice.balanceDue().isPositive()) {
            return Optional.empty();
        }
        List<Line> lines = jdbc.sql("SELECT plan_id, due_on, amount FROM payment_plan_installments WHERE plan_id = :plan "
                        + "ORDER BY position")
                .param("plan", row.get().id())
                .query(PaymentPlans::line)
                .list();
        return Optional.of(plan(row.get(), invoice, lines, invoicing.today(workspace)));
    }

    /**
     * Every active plan of the workspace with a missed installment, for the collections page: two
     * queries whatever the number of plans, reading the invoices the page already has.
     */
    List<Plan> withMissedInstallments(WorkspaceId workspace, Collection<Invoice> openInvoices, LocalDate today) {
        Map<UUID, Invoice> invoices = byId(openInvoices);
        List<Row> rows = jdbc.sql("SELECT * FROM payment_plans WHERE workspace_id = :workspace AND replaced_at IS NULL")
                .param("workspace", workspace.value())
                .query(PaymentPlans::row)
                .list().stream()
                .filter(row -> invoices.containsKey(row.invoiceId()))
                .toList();
        return withInstallments(rows, invoices, today).stream()
                .filter(plan -> plan.missed().isPresent())
                .toList();
    }

    /**
     * The active plan of each of these invoices that has one and money due, for the reminder pass: two
     * queries whatever the number of invoices.
     */
    Map<InvoiceId, Plan> activeOf(WorkspaceId workspace, Collection<Invoice> openInvoices, LocalDate today) {
        Map<UUID, Invoice> invoices = byId(openInvoices.stream()
                .filter(invoice -> invoice.balanceDue().isPositive())
                .toList());
        if (invoices.isEmpty()) {
            return Map.of();
        }
        List<Row> rows = jdbc.sql("SELECT * FROM payment_plans WHERE workspace_id = :workspace "
                        + "AND invoice_id IN (:invoices) AND replaced_at IS NULL")
                .param("workspace", workspace.value())
                .param("invoices", invoices.keySet())
                .query(PaymentPlans::row)
                .list();
        return withInstallments(rows, invoices, today).stream()
                .collect(Collectors.toMap(plan -> new InvoiceId(plan.invoiceId()), Function.identity()));
    }

    private List<Plan> withInstallments(List<Row> rows, Map<UUID, Invoice> invoices, LocalDate today) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Line>> lines = jdbc.sql("""
                        SELECT plan_id, due_on, amount FROM payment_plan_installments
                        WHERE plan_id IN (:plans) ORDER BY plan_id, position""")
                .param("plans", rows.stream().map(Row::id).toList())
                .query(PaymentPlans::line)
                .list().stream()
                .collect(Collectors.groupingBy(Line::planId));
        return rows.stream()
                .map(row -> plan(row, invoices.get(row.invoiceId()), lines.getOrDefault(row.id(), List.of()), today))
                .toList();
    }

    private static Map<UUID, Invoice> byId(Collection<Invoice> invoices) {
        return invoices.stream().collect(Collectors.toMap(invoice -> invoice.id().value(), Function.identity()));
    }

    private record Row(UUID id, UUID invoiceId, Instant createdAt, @Nullable String createdBy, BigDecimal settledBefore) {
    }

    private record Line(UUID planId, LocalDate dueOn, Money amount) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("invoice_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getBigDecimal("settled_before"));
    }

    private static Line line(ResultSet rs, int n) throws SQLException {
        return new Line(rs.getObject("plan_id", UUID.class), rs.getDate("due_on").toLocalDate(),
                Money.of(rs.getBigDecimal("amount")));
    }

    /** Payments and credits since the plan count toward its installments in order. */
    private static Plan plan(Row row, Invoice invoice, List<Line> lines, LocalDate today) {
        Money paid = invoice.amountPaid().plus(invoice.amountCredited()).minus(Money.of(row.settledBefore()));
        List<Installment> installments = new ArrayList<>();
        Money cumulative = Money.zero();
        for (int i = 0; i < lines.size(); i++) {
            cumulative = cumulative.plus(lines.get(i).amount());
            boolean covered = paid.compareTo(cumulative) >= 0;
            installments.add(new Installment(i + 1, lines.get(i).dueOn(), lines.get(i).amount(), cumulative, covered,
                    !covered && lines.get(i).dueOn().isBefore(today)));
        }
        return new Plan(row.id(), row.invoiceId(), row.createdAt(), row.createdBy(), cumulative, paid, installments);
    }

    /** An installment's reminder to send on a plan, and the older unreminded ones it passes over. */
    record ReminderClaim(UUID plan, int send, List<Integer> passOver) {
    }

    /**
     * Claims each plan's installment reminder and marks the ones passed over as skipped, in two
     * statements however many plans; the plans whose claim went in, the only ones whose reminder goes out.
     */
    Set<UUID> claimReminders(List<ReminderClaim> claims) {
        if (claims.isEmpty()) {
            return Set.of();
        }
        List<ReminderClaim> inOrder = claims.stream().sorted(Comparator.comparing(ReminderClaim::plan)).toList();
        Set<UUID> claimed = new HashSet<>(jdbc.sql("""
                INSERT INTO installment_reminders (plan_id, position, status, at)
                SELECT claim.plan_id, claim.position, 'SENT', :at
                FROM unnest(CAST(:plans AS UUID[]), CAST(:positions AS INT[])) AS claim (plan_id, position)
                ON CONFLICT (plan_id, position) DO NOTHING
                RETURNING plan_id""")
                .param("at", Timestamps.of(clock.instant()))
                .param("plans", inOrder.stream().map(claim -> claim.plan().toString()).toArray(String[]::new))
                .param("positions", inOrder.stream().map(claim -> claim.send() - 1).toArray(Integer[]::new))
                .query(UUID.class)
                .list());
        List<ReminderClaim> passingOver = inOrder.stream()
                .filter(claim -> claimed.contains(claim.plan()) && !claim.passOver().isEmpty())
                .toList();
        if (!passingOver.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO installment_reminders (plan_id, position, status, at)
                    SELECT skipped.plan_id, skipped.position, 'SKIPPED', :at
                    FROM unnest(CAST(:plans AS UUID[]), CAST(:positions AS INT[])) AS skipped (plan_id, position)
                    ON CONFLICT (plan_id, position) DO NOTHING""")
                    .param("at", Timestamps.of(clock.instant()))
                    .param("plans", passingOver.stream().flatMap(claim -> claim.passOver().stream()
                            .map(number -> claim.plan().toString())).toArray(String[]::new))
                    .param("positions", passingOver.stream().flatMap(claim -> claim.passOver().stream()
                            .map(number -> number - 1)).toArray(Integer[]::new))
                    .update();
        }
        return claimed;
    }
}
