package com.invoice24.collections;

import com.invoice24.clients.ClientId;
import com.invoice24.clients.ClientOnboarding;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceFilter;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.Invoices;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The reminders section of a client's page (loaded by htmx, since the clients module cannot read
 * collections): the sequence in force for the client, and the reminders that went out lately.
 */
@Controller
class ClientRemindersSection {

    static final int SHOWN = 10;
    /** The client's latest invoices whose reminders the section looks through. */
    static final int INVOICES_SEARCHED = 200;

    private final ReminderSequences sequences;
    private final ReminderHistory history;
    private final Invoicing invoicing;
    private final WorkspaceSettingsService workspaces;
    private final ClientOnboarding clients;

    ClientRemindersSection(ReminderSequences sequences, ReminderHistory history, Invoicing invoicing,
                           WorkspaceSettingsService workspaces, ClientOnboarding clients) {
        this.sequences = sequences;
        this.history = history;
        this.invoicing = invoicing;
        this.workspaces = workspaces;
        this.clients = clients;
    }

    record SentReminder(Invoice invoice, String step, LocalDate on) {
    }

    @GetMapping("/clients/{id}/sections/reminders")
    String reminders(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        ClientId client = clients.client(user.workspaceId(), new ClientId(id)).id();
        ReminderSequences.ClientOverride override = sequences.overrideFor(user.workspaceId(), client);
        model.addAttribute("clientId", client);
        model.addAttribute("override", override);
        model.addAttribute("steps", override.ownSteps() != null ? override.ownSteps()
                : sequences.steps(user.workspaceId()));
        model.addAttribute("sent", sent(user, client));
        return "collections/client-section :: reminders";
    }

    private List<SentReminder> sent(CurrentUser user, ClientId client) {
        Map<InvoiceId, Invoice> invoices = invoicing.list(user.workspaceId(),
                        new InvoiceFilter(null, client, null, null, false), 0, INVOICES_SEARCHED)
                .page().items().stream()
                .map(Invoices.Listed::invoice)
                .collect(Collectors.toMap(Invoice::id, Function.identity()));
        var zone = workspaces.settingsOf(user.workspaceId()).timeZone();
        return history.latestOn(user.workspaceId(), invoices.keySet(), SHOWN).stream()
                .map(sent -> new SentReminder(invoices.get(sent.invoice()), sent.stepKey(),
                        LocalDate.ofInstant(sent.at(), zone)))
                .toList();
    }
}
