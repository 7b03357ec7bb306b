package com.invoice24.portal;

import com.invoice24.clients.Client;
import com.invoice24.clients.Clients;
import com.invoice24.collections.Disputes;
import com.invoice24.collections.Promises;
import com.invoice24.invoicing.ApprovalInfoRequested;
import com.invoice24.invoicing.ApprovalNeed;
import com.invoice24.invoicing.ClientClerk;
import com.invoice24.invoicing.ClientResponses;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.invoicing.ReceiptConfirmation;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceSettings;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the client can tell the provider about an invoice from the portal: received and in the approval queue,
 * what AP needs to approve it, a dispute, a payment date. Each is recorded by the module it belongs to and, in
 * the same transaction, emailed to the provider. The provider previewing the page cannot answer for the client.
 */
@Component
class ClientActions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    /** What the "Let us know" part of the invoice page shows: what was said already and what can still be. */
    record View(@Nullable String settled, @Nullable ReceiptConfirmation confirmed, @Nullable LocalDate confirmedOn,
                Disputes.@Nullable Dispute dispute, Promises.@Nullable Promise promise, List<ApprovalNeed> needs,
                LocalDate today, LocalDate latestPromise) {
    }

    private final ClientResponses responses;
    private final Disputes disputes;
    private final Promises promises;
    private final ProviderNotices notices;
    private final Invoicing invoicing;
    private final Clients clients;
    private final WorkspaceSettingsService workspaces;
    private final PortalViewers viewers;

    ClientActions(ClientResponses responses, Disputes disputes, Promises promises, ProviderNotices notices,
                  Invoicing invoicing, Clients clients, WorkspaceSettingsService workspaces, PortalViewers viewers) {
        this.responses = responses;
        this.disputes = disputes;
        this.promises = promises;
        this.notices = notices;
        this.invoicing = invoicing;
        this.clients = clients;
        this.workspaces = workspaces;
        this.viewers = viewers;
    }

    View view(OpenedInvoice opened) {
        WorkspaceId workspace = opened.access().workspace();
        InvoiceId id = opened.invoice().id();
        WorkspaceSettings provider = workspaces.settingsOf(workspace);
        ReceiptConfirmation confirmed = responses.receiptConfirmation(workspace, id).orElse(null);
        LocalDate today = invoicing.today(workspace);
        return new View(opened.invoice().settledForClient().orElse(null), confirmed,
                confirmed == null ? null : confirmed.at().atZone(provider.timeZone()).toLocalDate(),
                disputes.openOn(workspace, id).orElse(null), promises.latest(workspace, id).orElse(null),
                List.of(ApprovalNeed.values()), today, today.plusYears(1));
    }

    /** The provider's name as its invoices show it, for telling the clerk whom their answer reached. */
    String provider(OpenedInvoice opened) {
        return workspaces.settingsOf(opened.access().workspace()).invoiceName();
    }

    @Transactional
    void confirmReceipt(OpenedInvoice opened, @Nullable String name) {
        Invoice invoice = actable(opened);
        responses.confirmReceipt(invoice.workspaceId(), invoice.id(), name).ifPresent(confirmation -> {
            String client = client(invoice);
            notices.tell(invoice, client + " received invoice " + invoice.label() + " and put it in their approval queue",
                    confirmation.confirmedBy() + " at " + client + " confirmed in the client portal that invoice "
                            + invoice.label() + " is received and in their approval queue.");
        });
    }

    @Transactional
    void requestApprovalInfo(OpenedInvoice opened, @Nullable ApprovalNeed need, @Nullable String message,
                             @Nullable String name) {
        Invoice invoice = actable(opened);
        ApprovalInfoRequested requested = responses.requestApprovalInfo(invoice.workspaceId(), invoice.id(), need,
                message, name);
        String client = client(invoice);
        String needed = requested.need().inSentence();
        notices.tell(invoice, client + " needs " + needed + " to approve invoice " + invoice.label(),
                requested.requestedBy() + " at " + client + " says in the client portal that they need " + needed
                        + " to approve invoice " + invoice.label() + "."
                        + (requested.message().isEmpty() ? "" : "\n\n" + requested.message()));
    }

    @Transactional
    void dispute(OpenedInvoice opened, @Nullable String reason, @Nullable String name) {
        Invoice invoice = actable(opened);
        Disputes.Dispute dispute = disputes.openByClient(invoice.workspaceId(), invoice.id(), reason, name);
        String client = client(invoice);
        notices.tell(invoice, client + " disputes invoice " + invoice.label(),
                clerk(name) + " at " + client + " disputed invoice " + invoice.label() + " in the client portal:\n\n"
                        + dispute.reason() + "\n\nIts reminders are paused until you resolve the dispute (by "
                        + DAY.format(dispute.resolveBy()) + ").");
    }

    @Transactional
    void promise(OpenedInvoice opened, @Nullable LocalDate promisedDate, @Nullable String name) {
        Invoice invoice = actable(opened);
        Promises.Promise promise = promises.promiseByClient(invoice.workspaceId(), invoice.id(), promisedDate, name);
        String client = client(invoice);
        String day = DAY.format(promise.promisedDate());
        notices.tell(invoice, client + " promised to pay invoice " + invoice.label() + " by " + day,
                clerk(name) + " at " + client + " promised in the client portal to pay invoice " + invoice.label()
                        + " by " + day + ". Its reminders wait until " + DAY.format(promise.remindersPausedUntil())
                        + ".");
    }

    /** The name as the clerk typed it, once the action accepted it. */
    private static String clerk(@Nullable String accepted) {
        return new ClientClerk(Objects.requireNonNull(accepted)).name();
    }

    private Invoice actable(OpenedInvoice opened) {
        if (viewers.isProvider(opened.access().workspace())) {
            throw new WrongStateException("You are signed in to " + provider(opened)
                    + ": only your client can answer here.");
        }
        return opened.invoice();
    }

    private String client(Invoice invoice) {
        return clients.find(invoice.workspaceId(), invoice.clientId()).map(Client::name)
                .orElse("Your client");
    }
}
