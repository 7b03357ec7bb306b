package com.invoice24.collections;

import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.InvoiceRequest;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.Job;
import com.invoice24.shared.Money;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.AuditableChange;
import com.invoice24.workspace.AuditableChange.Subject;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.MemberDirectory;
import com.invoice24.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Late fees: a job charges each overdue invoice at most once per calendar month, as a
 * separate late-fee invoice that references the original. The month is claimed by inserting its row in
 * {@code late_fees}; only the transaction whose insert went in drafts and sends the late-fee invoice.
 */
@Service
public class LateFees {

    private static final Logger log = LoggerFactory.getLogger(LateFees.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    /** A late fee charged on an invoice. */
    public record Charged(UUID invoiceId, LocalDate month, @Nullable UUID lateFeeInvoiceId, Money amount,
                          LocalDate chargedOn) {
    }

    private final JdbcClient jdbc;
    private final Invoicing invoicing;
    private final LateFeePolicy policies;
    private final PaymentPlans plans;
    private final MemberDirectory members;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LateFees(JdbcClient jdbc, Invoicing invoicing, LateFeePolicy policies, PaymentPlans plans, MemberDirectory members,
             TransactionTemplate transactions, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.invoicing = invoicing;
        this.policies = policies;
        this.plans = plans;
        this.members = members;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        Job applyLateFees(LateFees lateFees) {
            return new Job("apply-late-fees", Duration.ofHours(6), lateFees::applyDue);
        }
    }

    /** One run: every workspace with a policy, each overdue invoice in a transaction of its own. */
    public void applyDue() {
        record Candidate(UUID workspace, UUID invoice) {
        }
        List<Candidate> candidates = jdbc.sql("""
                        SELECT i.workspace_id, i.id FROM invoice_register i
                        JOIN late_fee_policies p ON p.workspace_id = i.workspace_id AND p.kind <> 'NONE'
                        WHERE i.state = 'SENT' AND NOT i.disputed AND i.due_date IS NOT NULL AND i.balance_due > 0
                          AND NOT EXISTS (SELECT 1 FROM late_fees f WHERE f.late_fee_invoice_id = i.id)
                        ORDER BY i.workspace_id, i.due_date""")
                .query((rs, row) -> new Candidate(rs.getObject("workspace_id", UUID.class),
                        rs.getObject("id", UUID.class)))
                .list();
        for (Candidate candidate : candidates) {
            try {
                transactions.executeWithoutResult(status ->
                        charge(new WorkspaceId(candidate.workspace()), new InvoiceId(candidate.invoice())));
            } catch (RuntimeException e) {
                log.warn("Late fee on invoice {} failed; the next run tries again", candidate.invoice(), e);
            }
        }
    }

    /** Charges this month's late fee on the invoice if it is due one; true when a fee was charged. */
    boolean charge(WorkspaceId workspace, InvoiceId id) {
        LateFeePolicy.Policy policy = policies.of(workspace);
        if (policy.off()) {
            return false;
        }
        LocalDate today = invoicing.today(workspace);
        Invoice invoice = invoicing.invoice(workspace, id);
        if (invoice.disputed() || !invoice.balanceDue().isPositive() || invoice.dueDate() == null
                || !invoice.dueDate().plusDays(policy.graceDays()).isBefore(today) || isLateFeeInvoice(id)
                || plans.active(workspace, id).isPresent()) {
            return false;
        }
        Money fee = feeWithinCap(policy, invoice.balanceDue(), policy.cap() == null ? Money.zero() : chargedOn(id));
        if (!fee.isPositive()) {
            return false;
        }
        LocalDate month = today.withDayOfMonth(1);
        if (!claim(invoice, month, fee)) {
            return false;
        }
        Optional<CurrentUser> owner = members.firstOwner(workspace);
        if (owner.isEmpty()) {
            throw new IllegalStateException("Workspace " + workspace.value() + " has no owner to issue late fees as");
        }
        String line = "Late fee on invoice " + invoice.label() + " (balance $" + invoice.balanceDue().formatted()
                + " past due since " + DAY.format(invoice.dueDate()) + ")";
        InvoiceRequest request = new InvoiceRequest(invoice.clientId().value(), null, null, null, null,
                invoice.poNumber(), null, null, invoice.label(), null,
                "Late fee under our late-fee policy on invoice " + invoice.label() + ".",
                List.of(new InvoiceRequest.Line(null, line, BigDecimal.ONE, null, fee.amount(), false)), null);
        Invoice draft = invoicing.draft(owner.get(), request);
        Invoice sent = invoicing.send(owner.get(), draft.id());
        jdbc.sql("UPDATE late_fees SET late_fee_invoice_id = :fee WHERE invoice_id = :invoice AND month = :month")
                .param("fee", sent.id().value())
                .param("invoice", id.value())
                .param("month", month)
                .update();
        events.publishEvent(AuditableChange.of(workspace, Subject.INVOICE, id, invoice.label(), "late fee applied",
                "$" + fee.formatted() + " as invoice " + sent.label() + " (balance $" + invoice.balanceDue().formatted()
                        + " past due since " + DAY.format(invoice.dueDate()) + ")"));
        return true;
    }

    static Money fee(LateFeePolicy.Policy policy, Money balanceDue) {
        return switch (policy.kind()) {
            case NONE -> Money.zero();
            case FLAT -> policy.amount() == null ? Money.zero() : policy.amount();
            case PERCENT_PER_MONTH -> policy.percent() == null ? Money.zero()
                    : Money.of(balanceDue.amount().multiply(policy.percent())
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
        };
    }

    /**
     * This month's fee, cut down so that the fees charged on an invoice never add up to more than the
     * policy's cap; zero or less means none is charged.
     */
    static Money feeWithinCap(LateFeePolicy.Policy policy, Money balanceDue, Money chargedBefore) {
        Money fee = fee(policy, balanceDue);
        if (policy.cap() == null) {
            return fee;
        }
        Money room = policy.cap().minus(chargedBefore);
        return room.compareTo(fee) < 0 ? room : fee;
    }

    private boolean claim(Invoice invoice, LocalDate month, Money fee) {
        return jdbc.sql("""
                INSERT INTO late_fees (invoice_id, workspace_id, month, amount, charged_at)
                VALUES (:invoice, :workspace, :month, :amount, :at)
                ON CONFLICT (invoice_id, month) DO NOTHING""")
                .param("invoice", invoice.id().value())
                .param("workspace", invoice.workspaceId().value())
                .param("month", month)
                .param("amount", fee.amount())
                .param("at", Timestamps.of(clock.instant()))
                .update() == 1;
    }

    Money chargedOn(InvoiceId invoice) {
        return Money.of(jdbc.sql("SELECT coalesce(sum(amount), 0) FROM late_fees WHERE invoice_id = :invoice")
                .param("invoice", invoice.value()).query(BigDecimal.class).single());
    }

    boolean isLateFeeInvoice(InvoiceId invoice) {
        return jdbc.sql("SELECT count(*) FROM late_fees WHERE late_fee_invoice_id = :invoice")
                .param("invoice", invoice.value()).query(Long.class).single() > 0;
    }

    /** The fees charged on each of these invoices that no reminder has mentioned yet, oldest month first. */
    private Map<InvoiceId, List<Charged>> unannounced(Collection<InvoiceId> invoices) {
        if (invoices.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT * FROM late_fees WHERE invoice_id IN (:invoices) AND announced_at IS NULL "
                        + "AND late_fee_invoice_id IS NOT NULL ORDER BY invoice_id, month")
                .param("invoices", invoices.stream().map(InvoiceId::value).toList())
                .query((rs, row) -> new Charged(rs.getObject("invoice_id", UUID.class),
                        rs.getDate("month").toLocalDate(), rs.getObject("late_fee_invoice_id", UUID.class),
                        Money.of(rs.getBigDecimal("amount")),
                        rs.getTimestamp("charged_at").toInstant().atZone(clock.getZone()).toLocalDate()))
                .list().stream()
                .collect(Collectors.groupingBy(fee -> new InvoiceId(fee.invoiceId()), Collectors.toList()));
    }

    /** Notes that a reminder has mentioned the fees charged on these invoices. */
    void markAnnounced(Collection<InvoiceId> invoices) {
        if (invoices.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE late_fees SET announced_at = :at WHERE invoice_id IN (:invoices) AND announced_at IS NULL "
                        + "AND late_fee_invoice_id IS NOT NULL")
                .param("at", Timestamps.of(clock.instant()))
                .param("invoices", invoices.stream().map(InvoiceId::value).toList())
                .update();
    }

    /**
     * The sentence a reminder adds about fees charged since the last one, for each of these invoices
     * that has such fees: two queries however many invoices.
     */
    Map<InvoiceId, String> announcements(WorkspaceId workspace, Collection<InvoiceId> invoices) {
        Map<InvoiceId, List<Charged>> unannounced = unannounced(invoices);
        if (unannounced.isEmpty()) {
            return Map.of();
        }
        Map<InvoiceId, String> numbers = invoicing.numbers(workspace, unannounced.values().stream()
                .flatMap(List::stream)
                .map(Charged::lateFeeInvoiceId)
                .filter(Objects::nonNull)
                .map(InvoiceId::new)
                .toList());
        Map<InvoiceId, String> sentences = new HashMap<>();
        unannounced.forEach((invoice, fees) -> sentences.put(invoice, announcement(fees, numbers)));
        return sentences;
    }

    private static String announcement(List<Charged> fees, Map<InvoiceId, String> numbers) {
        StringBuilder sentence = new StringBuilder();
        for (Charged fee : fees) {
            // A fee invoice not sent yet has no number; it reads as the invoice page labels it.
            String number = fee.lateFeeInvoiceId() == null ? null
                    : numbers.getOrDefault(new InvoiceId(fee.lateFeeInvoiceId()), "draft");
            if (!sentence.isEmpty()) {
                sentence.append(' ');
            }
            sentence.append("A late fee of $").append(fee.amount().formatted())
                    .append(" has been charged on this invoice under our late-fee policy")
                    .append(number == null ? "" : " (invoice " + number + ")").append('.');
        }
        return sentence.toString();
    }
}
