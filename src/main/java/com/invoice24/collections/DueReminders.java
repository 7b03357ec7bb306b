package com.invoice24.collections;

import com.invoice24.invoicing.InvoiceId;
import com.invoice24.workspace.WorkspaceId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds, in one query over every workspace that is in business hours, the invoices that have a
 * reminder to send now: the latest installment due and unpaid under an active payment plan, else a
 * lapsed promise's reminder, else the latest due step of the sequence in force for the client, each
 * only while it is not yet decided on. Invoices with nothing due are never read one by one.
 */
@Repository
class DueReminders {

    /** A workspace whose provider is at work now: its zone, its today, and the latest promised date that has lapsed. */
    record OpenWorkspace(WorkspaceId workspace, ZoneId zone, LocalDate today, LocalDate promisesLapsedBy) {
    }

    record Due(WorkspaceId workspace, InvoiceId invoice) {
    }

    private final JdbcClient jdbc;

    DueReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Due> in(List<OpenWorkspace> open) {
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("open", open.stream()
                .map(workspace -> "{\"workspace_id\":\"%s\",\"zone\":\"%s\",\"today\":\"%s\",\"lapsed_by\":\"%s\"}"
                        .formatted(workspace.workspace().value(), postgresZone(workspace.zone()), workspace.today(),
                                workspace.promisesLapsedBy()))
                .collect(Collectors.joining(",", "[", "]")));
        List<String> defaults = new ArrayList<>();
        for (int position = 0; position < ReminderSequences.DEFAULTS.size(); position++) {
            ReminderStep step = ReminderSequences.DEFAULTS.get(position);
            defaults.add("(%d, :key%d, :anchor%d, %d, CAST(:minTerms%d AS INT), %s)".formatted(position, position,
                    position, step.offsetDays(), position, step.enabled()));
            params.put("key" + position, step.key());
            params.put("anchor" + position, step.anchor().name());
            params.put("minTerms" + position, step.minTermsDays());
        }
        params.put("promiseLapsed", ReminderStep.PROMISE_LAPSED);
        return jdbc.sql("""
                WITH open_workspaces AS (
                    SELECT * FROM jsonb_to_recordset(CAST(:open AS JSONB))
                        AS w (workspace_id UUID, zone TEXT, today DATE, lapsed_by DATE)),
                default_steps (position, step_key, anchor, offset_days, min_terms_days, enabled) AS (VALUES %s),
                open_invoices AS (
                    SELECT i.id, i.workspace_id, i.client_id, i.due_date, coalesce(i.terms_days, 0) AS terms_days,
                           i.amount_paid + i.amount_credited AS settled,
                           CAST(i.sent_at AT TIME ZONE w.zone AS DATE) AS sent_on, w.today, w.lapsed_by
                    FROM invoice_register i
                    JOIN open_workspaces w ON w.workspace_id = i.workspace_id
                    JOIN client_directory c ON c.id = i.client_id AND c.billing_email IS NOT NULL
                    WHERE i.state = 'SENT' AND NOT i.disputed AND i.balance_due > 0 AND i.sent_at IS NOT NULL)
                SELECT i.workspace_id, i.id
                FROM open_invoices i
                LEFT JOIN payment_plans plan ON plan.invoice_id = i.id AND plan.replaced_at IS NULL
                LEFT JOIN LATERAL (
                    SELECT p.promised_date FROM payment_promises p WHERE p.invoice_id = i.id
                    ORDER BY p.recorded_at DESC, p.promised_date DESC LIMIT 1) promise ON true
                LEFT JOIN client_reminder_settings own ON own.client_id = i.client_id
                LEFT JOIN reminder_policies saved ON saved.workspace_id = i.workspace_id
                LEFT JOIN LATERAL (
                    SELECT s.step_key FROM (
                        SELECT position, step_key, anchor, offset_days, min_terms_days, enabled
                        FROM client_reminder_steps WHERE client_id = i.client_id AND own.own_steps
                        UNION ALL
                        SELECT position, step_key, anchor, offset_days, min_terms_days, enabled
                        FROM reminder_steps WHERE workspace_id = i.workspace_id AND saved.workspace_id IS NOT NULL
                          AND NOT coalesce(own.own_steps, false)
                        UNION ALL
                        SELECT position, step_key, anchor, offset_days, min_terms_days, enabled
                        FROM default_steps WHERE saved.workspace_id IS NULL AND NOT coalesce(own.own_steps, false)) s
                    CROSS JOIN LATERAL (SELECT CASE s.anchor WHEN 'SENT' THEN i.sent_on ELSE i.due_date END
                        + s.offset_days AS on_date) d
                    WHERE NOT coalesce(own.reminders_off, false) AND s.enabled AND i.due_date IS NOT NULL
                      AND (s.min_terms_days IS NULL OR i.terms_days >= s.min_terms_days)
                      AND d.on_date BETWEEN i.sent_on AND i.today
                    ORDER BY d.on_date DESC, s.position DESC LIMIT 1) step ON true
                WHERE CASE
                    WHEN plan.id IS NOT NULL THEN coalesce((
                        SELECT NOT EXISTS (SELECT 1 FROM installment_reminders r
                                           WHERE r.plan_id = plan.id AND r.position = x.position)
                        FROM (SELECT position, due_on, sum(amount) OVER (ORDER BY position) AS cumulative
                              FROM payment_plan_installments WHERE plan_id = plan.id) x
                        WHERE x.due_on <= i.today AND x.cumulative > i.settled - plan.settled_before
                        ORDER BY x.position DESC LIMIT 1), false)
                    WHEN promise.promised_date > i.lapsed_by THEN false
                    WHEN promise.promised_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM reminder_deliveries r
                        WHERE r.invoice_id = i.id AND r.step_key = :promiseLapsed) THEN true
                    ELSE step.step_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM reminder_deliveries r
                        WHERE r.invoice_id = i.id AND r.step_key = step.step_key)
                    END
                ORDER BY i.workspace_id, i.due_date, i.id""".formatted(String.join(", ", defaults)))
                .params(params)
                .query((rs, row) -> new Due(new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        new InvoiceId(rs.getObject("id", UUID.class))))
                .list();
    }

    /** The zone as PostgreSQL reads it: a bare offset is read the POSIX way, east of Greenwich negative. */
    static String postgresZone(ZoneId zone) {
        if (zone.normalized() instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "UTC" : ZoneOffset.ofTotalSeconds(-offset.getTotalSeconds()).getId();
        }
        return zone.getId();
    }
}
