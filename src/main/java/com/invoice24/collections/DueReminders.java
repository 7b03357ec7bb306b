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
 * only while it is not yet decided on. Invoices with nothing due are never read one by one: the steps
 * in force are joined to all open invoices at once and the decided ones taken out by a join too, so
 * the database hashes and sorts instead of running a subquery per open invoice.
 */
@Repository
class DueReminders {

    /** A workspace whose provider is at work now: its zone, its today, and the latest promised date that has lapsed. */
    record OpenWorkspace(WorkspaceId workspace, ZoneId zone, LocalDate today, LocalDate promisesLapsedBy) {
    }

    record Due(WorkspaceId workspace, InvoiceId invoice) {
    }

    /** The owner the default steps are joined on: they are every workspace's that saved no sequence of its own. */
    private static final UUID EVERY_WORKSPACE = new UUID(0, 0);

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
        params.put("everyone", EVERY_WORKSPACE);
        return jdbc.sql("""
                WITH open_workspaces AS (
                    SELECT * FROM jsonb_to_recordset(CAST(:open AS JSONB))
                        AS w (workspace_id UUID, zone TEXT, today DATE, lapsed_by DATE)),
                default_steps (position, step_key, anchor, offset_days, min_terms_days, enabled) AS (VALUES %s),
                sequences (source, owner_id, position, step_key, anchor, offset_days, min_terms_days) AS (
                    SELECT 'client', client_id, position, step_key, anchor, offset_days, min_terms_days
                    FROM client_reminder_steps WHERE enabled
                    UNION ALL
                    SELECT 'workspace', workspace_id, position, step_key, anchor, offset_days, min_terms_days
                    FROM reminder_steps WHERE enabled
                    UNION ALL
                    SELECT 'default', CAST(:everyone AS UUID), position, step_key, anchor, offset_days, min_terms_days
                    FROM default_steps WHERE enabled),
                open_invoices AS (
                    SELECT i.id, i.workspace_id, i.due_date, coalesce(i.terms_days, 0) AS terms_days,
                           i.amount_paid + i.amount_credited AS settled,
                           CAST(i.sent_at AT TIME ZONE w.zone AS DATE) AS sent_on, w.today, w.lapsed_by,
                           CASE WHEN own.own_steps THEN 'client'
                                WHEN saved.workspace_id IS NOT NULL THEN 'workspace' ELSE 'default' END AS source,
                           CASE WHEN own.own_steps THEN i.client_id
                                WHEN saved.workspace_id IS NOT NULL THEN i.workspace_id
                                ELSE CAST(:everyone AS UUID) END AS owner_id,
                           coalesce(own.reminders_off, false) AS reminders_off
                    FROM invoice_register i
                    JOIN open_workspaces w ON w.workspace_id = i.workspace_id
                    JOIN client_directory c ON c.id = i.client_id AND c.billing_email IS NOT NULL
                    LEFT JOIN client_reminder_settings own ON own.client_id = i.client_id
                    LEFT JOIN reminder_policies saved ON saved.workspace_id = i.workspace_id
                    WHERE i.state = 'SENT' AND NOT i.disputed AND i.balance_due > 0 AND i.sent_at IS NOT NULL),
                latest_due_steps AS (
                    SELECT DISTINCT ON (i.id) i.id, i.workspace_id, i.due_date, i.settled, i.today, i.lapsed_by,
                           s.step_key
                    FROM open_invoices i
                    LEFT JOIN sequences s ON s.source = i.source AND s.owner_id = i.owner_id
                        AND NOT i.reminders_off AND i.due_date IS NOT NULL
                        AND (s.min_terms_days IS NULL OR i.terms_days >= s.min_terms_days)
                        AND CASE s.anchor WHEN 'SENT' THEN i.sent_on ELSE i.due_date END + s.offset_days
                            BETWEEN i.sent_on AND i.today
                    ORDER BY i.id, CASE s.anchor WHEN 'SENT' THEN i.sent_on ELSE i.due_date END + s.offset_days
                             DESC NULLS LAST, s.position DESC),
                latest_promises AS (
                    SELECT DISTINCT ON (p.invoice_id) p.invoice_id, p.promised_date
                    FROM payment_promises p JOIN open_workspaces w ON w.workspace_id = p.workspace_id
                    ORDER BY p.invoice_id, p.recorded_at DESC, p.promised_date DESC)
                SELECT i.workspace_id, i.id
                FROM latest_due_steps i
                LEFT JOIN payment_plans plan ON plan.invoice_id = i.id AND plan.replaced_at IS NULL
                LEFT JOIN latest_promises promise ON promise.invoice_id = i.id
                LEFT JOIN reminder_deliveries decided ON decided.invoice_id = i.id AND decided.step_key = i.step_key
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
                    ELSE i.step_key IS NOT NULL AND decided.invoice_id IS NULL
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
