package com.invoice24.collections;

import com.invoice24.clients.Client;
import com.invoice24.clients.ClientId;
import com.invoice24.clients.Clients;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceSettings;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A reminder step as the client will read it: filled in for the oldest open invoice (of the client, when
 * one is given), on the day the step would go out; a sample invoice when there is none yet.
 */
@Component
class ReminderPreviews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private final Invoicing invoicing;
    private final Clients clients;
    private final WorkspaceSettingsService workspaces;

    ReminderPreviews(Invoicing invoicing, Clients clients, WorkspaceSettingsService workspaces) {
        this.invoicing = invoicing;
        this.clients = clients;
        this.workspaces = workspaces;
    }

    /** The email, and which invoice and day it was filled in for. */
    record Preview(String subject, String body, String about) {
    }

    Preview of(WorkspaceId workspace, @Nullable ClientId client, ReminderStep step) {
        WorkspaceSettings provider = workspaces.settingsOf(workspace);
        Optional<Invoice> invoice = invoicing.openInvoices(workspace).stream()
                .filter(open -> client == null || open.clientId().equals(client))
                .findFirst();
        ClientId whose = invoice.map(Invoice::clientId).orElse(client);
        Optional<Client> payer = whose == null ? Optional.empty() : clients.find(workspace, whose);
        if (invoice.isPresent() && payer.isPresent()) {
            LocalDate on = sendingDay(step, invoice.get(), provider.timeZone());
            ReminderEmails.Rendered email = ReminderEmails.render(step, invoice.get(), payer.get().profile(), provider,
                    on, null, ReminderEmails.SAMPLE_LINK);
            return new Preview(email.subject(), email.body(), "Invoice " + invoice.get().label() + " to "
                    + payer.get().name() + ", as it would read on " + DAY.format(on));
        }
        ReminderEmails.Rendered email = ReminderEmails.sample(step, provider, payer.map(Client::profile).orElse(null));
        return new Preview(email.subject(), email.body(), "A sample invoice due Apr 1, 2026"
                + payer.map(known -> " to " + known.name()).orElse("") + "; once an invoice is sent, its own figures show here");
    }

    private static LocalDate sendingDay(ReminderStep step, Invoice invoice, ZoneId zone) {
        LocalDate from = step.anchor() == ReminderStep.Anchor.SENT && invoice.sentAt() != null
                ? LocalDate.ofInstant(invoice.sentAt(), zone) : invoice.dueDate();
        return from == null ? LocalDate.ofInstant(invoice.createdAt(), zone) : from.plusDays(step.offsetDays());
    }
}
