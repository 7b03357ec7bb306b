package com.invoice24.collections;

import com.invoice24.clients.ClientId;
import com.invoice24.collections.ReminderStep.Anchor;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.workspace.AuditableChange;
import com.invoice24.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The saved reminder sequences: a workspace's (the default steps until it saves its own) and a
 * client's own choice (reminders off, or steps of its own), with the checks a sequence must pass.
 */
@Service
public class ReminderSequences {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9+\\-]{0,39}");
    static final int MAX_STEPS = 20;
    private static final int MAX_SUBJECT = 200;
    private static final int MAX_BODY = 10_000;
    private static final Pattern FIELD = Pattern.compile("\\{(\\w+)}");

    private static final String ASK = ReminderEmails.ASK;

    static final List<ReminderStep> DEFAULTS = List.of(
            new ReminderStep("sent+7", Anchor.SENT, 7, 30, "Invoice {invoiceNumber} — checking it arrived",
                    "Hello {contact},\n\nA week ago I sent invoice {invoiceNumber} for {amount}, due {dueDate}. "
                            + "I just wanted to check it arrived and reached the right person for approval.\n\n"
                            + "Is there anything you need from me to get this approved?\n\nThank you,\n{signature}"),
            new ReminderStep("due-3", Anchor.DUE, -3, null, "Invoice {invoiceNumber} is due {dueDate}",
                    "Hello {contact},\n\nA friendly note that invoice {invoiceNumber} for {balanceDue} is due on "
                            + "{dueDate}.\n\nIf it is already scheduled for payment, thank you — please ignore "
                            + "this note.\n\nBest regards,\n{signature}"),
            new ReminderStep("due+0", Anchor.DUE, 0, null, "Invoice {invoiceNumber} is due today",
                    "Hello {contact},\n\nInvoice {invoiceNumber} for {balanceDue} is due today ({dueDate}).\n\n"
                            + "If payment is already on its way, thank you.\n\n{paymentInstructions}\n\n"
                            + "Best regards,\n{signature}"),
            new ReminderStep("due+7", Anchor.DUE, 7, null, "Invoice {invoiceNumber} is 7 days past due",
                    "Hello {contact},\n\nInvoice {invoiceNumber} for {balanceDue} was due on {dueDate} and is now "
                            + "{daysOverdue} days past due.\n\n" + ASK + "\n\n{paymentInstructions}\n\n"
                            + "Thank you,\n{signature}"),
            new ReminderStep("due+14", Anchor.DUE, 14, null, "Second notice: invoice {invoiceNumber} is past due",
                    "Hello {contact},\n\nInvoice {invoiceNumber} for {balanceDue} is {daysOverdue} days past due "
                            + "(due {dueDate}). I have not yet heard when it will be paid.\n\n" + ASK
                            + "\n\n{paymentInstructions}\n\nRegards,\n{signature}"),
            new ReminderStep("due+21", Anchor.DUE, 21, null, "Final notice: invoice {invoiceNumber} is {daysOverdue} days past due",
                    "Hello {contact},\n\nInvoice {invoiceNumber} for {balanceDue} is now {daysOverdue} days past due "
                            + "(due {dueDate}). Please arrange payment or confirm the payment date by reply this "
                            + "week.\n\n" + ASK + "\n\n{paymentInstructions}\n\nRegards,\n{signature}"));

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ReminderSequences(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /** The workspace's saved sequence (switched-off steps included), or the defaults until it saves one. */
    public List<ReminderStep> steps(WorkspaceId workspace) {
        List<ReminderStep> saved = jdbc.sql("SELECT * FROM reminder_steps WHERE workspace_id = :workspace ORDER BY position")
                .param("workspace", workspace.value())
                .query(ReminderSequences::step)
                .list();
        if (!saved.isEmpty()) {
            return saved;
        }
        boolean savedEmpty = jdbc.sql("SELECT count(*) FROM reminder_policies WHERE workspace_id = :workspace")
                .param("workspace", workspace.value()).query(Long.class).single() > 0;
        return savedEmpty ? List.of() : DEFAULTS;
    }

    /** A client's own choice: reminders off, or steps of its own; absent, the workspace's steps apply. */
    public record ClientOverride(boolean remindersOff, @Nullable List<ReminderStep> ownSteps) {

        static final ClientOverride NONE = new ClientOverride(false, null);
    }

    public ClientOverride overrideFor(WorkspaceId workspace, ClientId client) {
        return jdbc.sql("SELECT reminders_off, own_steps FROM client_reminder_settings "
                        + "WHERE workspace_id = :workspace AND client_id = :client")
                .param("workspace", workspace.value())
                .param("client", client.value())
                .query((rs, row) -> new ClientOverride(rs.getBoolean("reminders_off"),
                        rs.getBoolean("own_steps") ? clientSteps(workspace, client) : null))
                .optional()
                .orElse(ClientOverride.NONE);
    }

    /**
     * The steps in force for each of the workspace's clients that is listed, in the same few queries
     * however many clients there are: for pages and passes that look at many invoices at once.
     */
    Map<ClientId, List<ReminderStep>> stepsForClients(WorkspaceId workspace, Collection<ClientId> clients) {
        List<ReminderStep> workspaceSteps = steps(workspace);
        Map<UUID, ClientOverride> overrides = new HashMap<>();
        Map<UUID, List<ReminderStep>> own = new HashMap<>();
        jdbc.sql("SELECT * FROM client_reminder_steps WHERE workspace_id = :workspace ORDER BY client_id, position")
                .param("workspace", workspace.value())
                .query((rs, row) -> Map.entry(rs.getObject("client_id", UUID.class), step(rs, row)))
                .list()
                .forEach(step -> own.computeIfAbsent(step.getKey(), client -> new ArrayList<>()).add(step.getValue()));
        jdbc.sql("SELECT client_id, reminders_off, own_steps FROM client_reminder_settings WHERE workspace_id = :workspace")
                .param("workspace", workspace.value())
                .query((rs, row) -> Map.entry(rs.getObject("client_id", UUID.class),
                        new ClientOverride(rs.getBoolean("reminders_off"), rs.getBoolean("own_steps")
                                ? own.getOrDefault(rs.getObject("client_id", UUID.class), List.of()) : null)))
                .list()
                .forEach(override -> overrides.put(override.getKey(), override.getValue()));
        Map<ClientId, List<ReminderStep>> steps = new HashMap<>();
        for (ClientId client : clients) {
            ClientOverride override = overrides.getOrDefault(client.value(), ClientOverride.NONE);
            steps.put(client, override.remindersOff() ? List.of()
                    : override.ownSteps() != null ? override.ownSteps() : workspaceSteps);
        }
        return steps;
    }

    @Transactional
    public ClientOverride replaceForClient(WorkspaceId workspace, ClientId client, boolean remindersOff,
                                           @Nullable List<StepRequest> requested) {
        List<ReminderStep> own = requested == null ? List.of() : validated(requested);
        // The settings row is written (and so locked) first: two saves at once take turns, and the steps
        // are the later save's, never a mix of both or a duplicate-key failure.
        jdbc.sql("""
                INSERT INTO client_reminder_settings (client_id, workspace_id, reminders_off, own_steps)
                VALUES (:client, :workspace, :off, :own)
                ON CONFLICT (client_id) DO UPDATE SET reminders_off = excluded.reminders_off, own_steps = excluded.own_steps""")
                .param("client", client.value())
                .param("workspace", workspace.value())
                .param("off", remindersOff)
                .param("own", requested != null)
                .update();
        jdbc.sql("DELETE FROM client_reminder_steps WHERE client_id = :client").param("client", client.value()).update();
        insert("client_reminder_steps", workspace, client, own);
        return overrideFor(workspace, client);
    }

    private List<ReminderStep> clientSteps(WorkspaceId workspace, ClientId client) {
        return jdbc.sql("SELECT * FROM client_reminder_steps WHERE workspace_id = :workspace AND client_id = :client "
                        + "ORDER BY position")
                .param("workspace", workspace.value())
                .param("client", client.value())
                .query(ReminderSequences::step)
                .list();
    }

    private static ReminderStep step(ResultSet rs, int row) throws SQLException {
        return new ReminderStep(rs.getString("step_key"), Anchor.valueOf(rs.getString("anchor")),
                rs.getInt("offset_days"), (Integer) rs.getObject("min_terms_days"), rs.getString("subject"),
                rs.getString("body"), rs.getBoolean("enabled"));
    }

    /** The steps in order into the workspace's table, or a client's when {@code client} is given. */
    private void insert(String table, WorkspaceId workspace, @Nullable ClientId client, List<ReminderStep> steps) {
        for (int position = 0; position < steps.size(); position++) {
            ReminderStep step = steps.get(position);
            jdbc.sql(("INSERT INTO %s (%sworkspace_id, position, step_key, anchor, offset_days, min_terms_days, "
                            + "subject, body, enabled) VALUES (%s:workspace, :position, :key, :anchor, :offset, "
                            + ":minTerms, :subject, :body, :enabled)")
                            .formatted(table, client == null ? "" : "client_id, ", client == null ? "" : ":client, "))
                    .params(client == null ? Map.of() : Map.of("client", client.value()))
                    .param("workspace", workspace.value())
                    .param("position", position)
                    .param("key", step.key())
                    .param("anchor", step.anchor().name())
                    .param("offset", step.offsetDays())
                    .param("minTerms", step.minTermsDays())
                    .param("subject", step.subject())
                    .param("body", step.body())
                    .param("enabled", step.enabled())
                    .update();
        }
    }

    @Transactional
    public List<ReminderStep> replace(WorkspaceId workspace, @Nullable List<StepRequest> requested) {
        List<ReminderStep> steps = validated(requested);
        jdbc.sql("INSERT INTO reminder_policies (workspace_id) VALUES (:workspace) ON CONFLICT DO NOTHING")
                .param("workspace", workspace.value()).update();
        // Two saves at once take turns on the policy row, so the steps are the later save's, never a mix.
        jdbc.sql("SELECT workspace_id FROM reminder_policies WHERE workspace_id = :workspace FOR UPDATE")
                .param("workspace", workspace.value()).query(UUID.class).list();
        jdbc.sql("DELETE FROM reminder_steps WHERE workspace_id = :workspace").param("workspace", workspace.value())
                .update();
        insert("reminder_steps", workspace, null, steps);
        events.publishEvent(AuditableChange.of(workspace, AuditableChange.Subject.REMINDERS, workspace.value(),
                "Reminder sequence", "changed", steps.stream().filter(ReminderStep::enabled).count() + " of "
                        + steps.size() + " steps on: " + steps.stream().map(ReminderStep::key).toList()));
        return steps(workspace);
    }

    /** A step as the API and the settings form send it; everything optional so each gap is named. */
    public record StepRequest(@Nullable String key, @Nullable Anchor anchor, @Nullable Integer offsetDays,
                              @Nullable Integer minTermsDays, @Nullable String subject, @Nullable String body,
                              @Nullable Boolean enabled) {

        static StepRequest of(ReminderStep step) {
            return new StepRequest(step.key(), step.anchor(), step.offsetDays(), step.minTermsDays(), step.subject(),
                    step.body(), step.enabled());
        }
    }

    static List<ReminderStep> validated(@Nullable List<StepRequest> requested) {
        if (requested == null) {
            throw new InvalidRequestException("Send the reminder steps.",
                    List.of(new FieldProblem("steps", "Send the list of steps (empty to send no reminders)")));
        }
        if (requested.size() > MAX_STEPS) {
            throw new InvalidRequestException("A sequence has at most " + MAX_STEPS + " steps.",
                    List.of(new FieldProblem("steps", "Keep at most " + MAX_STEPS + " steps")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<ReminderStep> steps = new ArrayList<>();
        for (int index = 0; index < requested.size(); index++) {
            StepRequest step = requested.get(index);
            String at = "steps[" + index + "].";
            if (step == null) {
                problems.add(new FieldProblem("steps[" + index + "]", "Describe the step"));
                continue;
            }
            String key = step.key() == null ? "" : step.key().trim();
            if (!KEY.matcher(key).matches()) {
                problems.add(new FieldProblem(at + "key", "Use a short key of lower-case letters, digits, + and -, such as due+7"));
            } else if (key.equals(ReminderStep.PROMISE_LAPSED)) {
                problems.add(new FieldProblem(at + "key", "promise-lapsed is reserved for lapsed promises to pay"));
            } else if (!keys.add(key)) {
                problems.add(new FieldProblem(at + "key", "Another step already uses the key " + key));
            }
            if (step.anchor() == null) {
                problems.add(new FieldProblem(at + "anchor", "Choose SENT or DUE"));
            }
            if (step.offsetDays() == null || step.offsetDays() < -60 || step.offsetDays() > 120) {
                problems.add(new FieldProblem(at + "offsetDays", "Use a number of days from -60 to 120"));
            }
            if (step.minTermsDays() != null && (step.minTermsDays() < 0 || step.minTermsDays() > 365)) {
                problems.add(new FieldProblem(at + "minTermsDays", "Use 0 to 365 days, or leave it out"));
            }
            checkText(problems, at + "subject", step.subject(), "Enter the subject", MAX_SUBJECT);
            checkText(problems, at + "body", step.body(), "Enter the message", MAX_BODY);
            if (problems.isEmpty()) {
                steps.add(new ReminderStep(key, step.anchor(), step.offsetDays(), step.minTermsDays(),
                        step.subject().trim(), step.body().strip(), !Boolean.FALSE.equals(step.enabled())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Some reminder steps are not valid.", problems);
        }
        return steps;
    }

    private static void checkText(List<FieldProblem> problems, String field, @Nullable String text, String missing,
                                  int maxLength) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, missing));
            return;
        }
        if (text.strip().length() > maxLength) {
            problems.add(new FieldProblem(field, "Keep it under " + String.format("%,d", maxLength) + " characters"));
            return;
        }
        Matcher merge = FIELD.matcher(text);
        while (merge.find()) {
            if (!ReminderEmails.MERGE_FIELDS.contains(merge.group(1))) {
                problems.add(new FieldProblem(field, "Unknown merge field {" + merge.group(1) + "}; use one of "
                        + ReminderEmails.MERGE_FIELDS.stream().map(name -> "{" + name + "}").toList()));
                return;
            }
        }
    }
}
