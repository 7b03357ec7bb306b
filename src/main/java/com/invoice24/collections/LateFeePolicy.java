package com.invoice24.collections;

import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.Money;
import com.invoice24.workspace.AuditableChange;
import com.invoice24.workspace.WorkspaceId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A workspace's late-fee policy: off (NONE) until the workspace sets one. */
@Service
public class LateFeePolicy {

    public enum Kind { NONE, FLAT, PERCENT_PER_MONTH }

    /** The policy: a flat amount, or a percent per month of the overdue balance; grace days; a cap per invoice. */
    public record Policy(Kind kind, @Nullable Money amount, @Nullable BigDecimal percent, int graceDays,
                         @Nullable Money cap) {

        static final Policy OFF = new Policy(Kind.NONE, null, null, 0, null);

        public boolean off() {
            return kind == Kind.NONE;
        }
    }

    @Schema(name = "LateFeePolicyRequest")
    public record Request(@Nullable Kind kind, @Nullable BigDecimal amount, @Nullable BigDecimal percent,
                          @Nullable Integer graceDays, @Nullable BigDecimal cap) {
    }

    private static final BigDecimal MAX_PERCENT = BigDecimal.TEN;
    /** Beyond any fee a firm charges, and within what the database's NUMERIC(19, 2) holds. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    LateFeePolicy(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
    }

    public Policy of(WorkspaceId workspace) {
        return jdbc.sql("SELECT * FROM late_fee_policies WHERE workspace_id = :workspace")
                .param("workspace", workspace.value())
                .query((rs, row) -> new Policy(Kind.valueOf(rs.getString("kind")), money(rs.getBigDecimal("amount")),
                        plain(rs.getBigDecimal("percent")),
                        rs.getInt("grace_days"), money(rs.getBigDecimal("cap"))))
                .optional()
                .orElse(Policy.OFF);
    }

    @Transactional
    public Policy replace(WorkspaceId workspace, @Nullable Request request) {
        Policy policy = validated(request);
        Policy before = of(workspace);
        jdbc.sql("""
                INSERT INTO late_fee_policies (workspace_id, kind, amount, percent, grace_days, cap)
                VALUES (:workspace, :kind, :amount, :percent, :grace, :cap)
                ON CONFLICT (workspace_id) DO UPDATE SET kind = EXCLUDED.kind, amount = EXCLUDED.amount,
                    percent = EXCLUDED.percent, grace_days = EXCLUDED.grace_days, cap = EXCLUDED.cap""")
                .param("workspace", workspace.value())
                .param("kind", policy.kind().name())
                .param("amount", policy.amount() == null ? null : policy.amount().amount())
                .param("percent", policy.percent())
                .param("grace", policy.graceDays())
                .param("cap", policy.cap() == null ? null : policy.cap().amount())
                .update();
        events.publishEvent(AuditableChange.changed(workspace, AuditableChange.Subject.LATE_FEES, workspace.value(),
                "Late-fee policy", before, of(workspace)));
        return of(workspace);
    }

    static Policy validated(@Nullable Request request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null || request.kind() == null) {
            throw new InvalidRequestException("The late-fee policy is not valid.",
                    List.of(new FieldProblem("kind", "Choose NONE, FLAT or PERCENT_PER_MONTH")));
        }
        Kind kind = request.kind();
        int grace = request.graceDays() == null ? 0 : request.graceDays();
        if (grace < 0 || grace > 90) {
            problems.add(new FieldProblem("graceDays", "Use 0 to 90 days"));
        }
        if (request.cap() != null && (request.cap().signum() < 0 || request.cap().compareTo(MAX_AMOUNT) > 0)) {
            problems.add(new FieldProblem("cap", "Use a cap of 0 up to 1,000,000,000, or leave it out"));
        }
        Money amount = null;
        BigDecimal percent = null;
        if (kind == Kind.FLAT) {
            if (request.amount() == null || Money.of(request.amount()).compareTo(Money.zero()) <= 0
                    || request.amount().compareTo(MAX_AMOUNT) > 0) {
                problems.add(new FieldProblem("amount", "Enter a flat fee of more than 0, up to 1,000,000,000"));
            } else {
                amount = Money.of(request.amount());
            }
        }
        if (kind == Kind.PERCENT_PER_MONTH) {
            if (request.percent() == null || request.percent().signum() <= 0
                    || request.percent().compareTo(MAX_PERCENT) > 0) {
                problems.add(new FieldProblem("percent", "Use a percent per month of more than 0, at most 10"));
            } else if (request.percent().scale() > 4) {
                problems.add(new FieldProblem("percent", "Use at most 4 decimals"));
            } else {
                percent = plain(request.percent());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("The late-fee policy is not valid.", problems);
        }
        if (kind == Kind.NONE) {
            return new Policy(Kind.NONE, null, null, grace, request.cap() == null ? null : Money.of(request.cap()));
        }
        return new Policy(kind, amount, percent, grace, request.cap() == null ? null : Money.of(request.cap()));
    }

    private static @Nullable BigDecimal plain(@Nullable BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static @Nullable Money money(@Nullable BigDecimal amount) {
        return amount == null ? null : Money.of(amount);
    }
}
