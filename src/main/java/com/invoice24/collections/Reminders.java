package com.invoice24.collections;

import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.BusinessCalendar;
import com.invoice24.shared.Job;
import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder pass, every 15 minutes: one query finds the invoices with a reminder due now in the
 * workspaces that are in business hours, and only those are read and reminded, in batches of up to
 * 1,000 invoices of one workspace, each batch in a transaction of its own (see
 * {@link ReminderSender} for what each invoice gets, exactly once). A batch that fails is tried again
 * invoice by invoice, so one invoice that cannot be reminded holds back no other; what still fails is
 * left for the next run.
 */
@Service
public class Reminders {

    /** Invoices decided and written together: few enough that a batch's statements stay small. */
    static final int BATCH = 1_000;

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final DueReminders dueReminders;
    private final ReminderSender sender;
    private final WorkspaceSettingsService workspaces;
    private final BusinessCalendar calendar;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Reminders(DueReminders dueReminders, ReminderSender sender, WorkspaceSettingsService workspaces,
              BusinessCalendar calendar, TransactionTemplate transactions, Clock clock) {
        this.dueReminders = dueReminders;
        this.sender = sender;
        this.workspaces = workspaces;
        this.calendar = calendar;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        Job sendReminders(Reminders reminders) {
            return new Job("send-reminders", Duration.ofMinutes(15), reminders::sendDue);
        }
    }

    /** One run: the invoices with a reminder due now, in batches of one workspace. */
    public void sendDue() {
        List<DueReminders.OpenWorkspace> open = openWorkspaces();
        Map<WorkspaceId, List<InvoiceId>> due = dueReminders.in(open).stream()
                .collect(Collectors.groupingBy(DueReminders.Due::workspace,
                        Collectors.mapping(DueReminders.Due::invoice, Collectors.toList())));
        for (DueReminders.OpenWorkspace workspace : open) {
            List<InvoiceId> invoices = due.getOrDefault(workspace.workspace(), List.of());
            for (int from = 0; from < invoices.size(); from += BATCH) {
                send(workspace, invoices.subList(from, Math.min(from + BATCH, invoices.size())));
            }
        }
    }

    private void send(DueReminders.OpenWorkspace workspace, List<InvoiceId> batch) {
        try {
            transactions.executeWithoutResult(status ->
                    sender.remind(workspace.workspace(), workspace.today(), batch));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                log.warn("Reminder for invoice {} failed; the next run tries again", batch.get(0).value(), e);
                return;
            }
            log.warn("Reminders for {} invoices failed together; trying them one by one", batch.size(), e);
            batch.forEach(invoice -> send(workspace, List.of(invoice)));
        }
    }

    /** The workspaces whose provider is in business hours now, each with its today. */
    List<DueReminders.OpenWorkspace> openWorkspaces() {
        Map<ZoneId, Optional<LocalDate>> todayWhereOpen = new HashMap<>();
        List<DueReminders.OpenWorkspace> open = new ArrayList<>();
        for (Map.Entry<WorkspaceId, ZoneId> workspace : workspaces.timeZones().entrySet()) {
            ZoneId zone = workspace.getValue();
            todayWhereOpen.computeIfAbsent(zone, this::todayIfOpen).ifPresent(today ->
                    open.add(new DueReminders.OpenWorkspace(workspace.getKey(), zone, today,
                            ReminderSchedule.promisesLapsedBy(today, calendar, Promises.GRACE_BUSINESS_DAYS))));
        }
        return open;
    }

    private Optional<LocalDate> todayIfOpen(ZoneId zone) {
        ZonedDateTime local = ZonedDateTime.now(clock.withZone(zone));
        return ReminderSchedule.inBusinessHours(local, calendar) ? Optional.of(local.toLocalDate()) : Optional.empty();
    }
}
