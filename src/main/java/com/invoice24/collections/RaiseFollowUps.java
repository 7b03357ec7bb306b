package com.invoice24.collections;

import com.invoice24.clients.BillingProfile;
import com.invoice24.clients.Client;
import com.invoice24.clients.ClientOnboarding;
import com.invoice24.clients.DeliveryMethod;
import com.invoice24.invoicing.ApprovalInfoRequested;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceReceiptConfirmed;
import com.invoice24.invoicing.InvoiceSent;
import com.invoice24.invoicing.InvoiceState;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens follow-ups from what invoicing and the client portal announce. Each listener runs after the change
 * committed, in a transaction of its own, and may run twice after a crash: a follow-up is unique per invoice,
 * kind and cause, so the second run opens nothing.
 */
@Component
class RaiseFollowUps {

    /** The one cause of the follow-ups a sending opens: an invoice is sent once. */
    static final String SENDING = "sent";

    private final FollowUps followUps;
    private final Invoicing invoicing;
    private final ClientOnboarding clients;
    private final WorkspaceSettingsService workspaces;
    private final JdbcClient jdbc;

    RaiseFollowUps(FollowUps followUps, Invoicing invoicing, ClientOnboarding clients,
                   WorkspaceSettingsService workspaces, JdbcClient jdbc) {
        this.followUps = followUps;
        this.invoicing = invoicing;
        this.clients = clients;
        this.workspaces = workspaces;
        this.jdbc = jdbc;
    }

    /**
     * A client that takes invoices through its AP portal gets this one uploaded there; a new client's first
     * invoice, or one from the workspace's threshold up, gets its receipt confirmed. What was voided, or paid,
     * before this ran needs neither.
     */
    @ApplicationModuleListener
    void on(InvoiceSent sent) {
        Invoice invoice = invoicing.invoice(sent.workspace(), sent.invoice());
        if (invoice.state() != InvoiceState.SENT) {
            return;
        }
        Client client = clients.client(sent.workspace(), sent.client());
        BillingProfile profile = client.profile();
        LocalDate sentOn = dayOf(sent.workspace(), sent.at());
        if (profile.deliveryMethod() == DeliveryMethod.PORTAL_UPLOAD) {
            followUps.open(new FollowUps.Opening(sent.workspace(), sent.invoice(), sent.number(), sent.client(),
                    FollowUp.Kind.UPLOAD_TO_CLIENT_PORTAL, SENDING,
                    "Upload " + sent.number() + " to " + client.name() + "'s AP portal",
                    profile.apPortalUrl() == null ? "The client's billing profile has no portal address yet." : null,
                    profile.apPortalUrl(), sentOn));
        }
        if (!invoice.balanceDue().isPositive()) {
            return;
        }
        boolean firstInvoice = firstSentToTheClient(sent);
        boolean large = sent.total().compareTo(followUps.confirmReceiptThreshold(sent.workspace())) >= 0;
        if (firstInvoice || large) {
            followUps.open(new FollowUps.Opening(sent.workspace(), sent.invoice(), sent.number(), sent.client(),
                    FollowUp.Kind.CONFIRM_RECEIPT, SENDING, confirmTitle(sent.number(), client.name()),
                    firstInvoice ? "The first invoice sent to " + client.name() + ": make sure it reached AP."
                            : "$" + sent.total().formatted() + ": make sure it reached AP before it is late.",
                    null, followUps.confirmReceiptDue(sentOn)));
        }
    }

    /** The client's AP confirmed receipt in the portal: nothing is left to confirm. */
    @ApplicationModuleListener
    void on(InvoiceReceiptConfirmed confirmed) {
        String client = clients.client(confirmed.workspace(), confirmed.client()).name();
        followUps.receiptConfirmed(new FollowUps.Opening(confirmed.workspace(), confirmed.invoice(),
                        confirmed.number(), confirmed.client(), FollowUp.Kind.CONFIRM_RECEIPT, SENDING,
                        confirmTitle(confirmed.number(), client), null, null,
                        dayOf(confirmed.workspace(), confirmed.at())),
                "Confirmed by " + confirmed.confirmedBy() + " in the client portal");
    }

    /** The client's AP needs something before it approves: one task per request. */
    @ApplicationModuleListener
    void on(ApprovalInfoRequested requested) {
        String client = clients.client(requested.workspace(), requested.client()).name();
        followUps.open(new FollowUps.Opening(requested.workspace(), requested.invoice(), requested.number(),
                requested.client(), FollowUp.Kind.APPROVAL_INFO,
                requested.need().name() + "@" + requested.at(),
                client + " needs " + lowerFirst(requested.need().label()) + " to approve " + requested.number(),
                requested.message().isBlank()
                        ? "Asked by " + requested.requestedBy()
                        : "\"" + requested.message().strip() + "\" — " + requested.requestedBy(), null,
                dayOf(requested.workspace(), requested.at())));
    }

    /** "A PO number" as the middle of a sentence: "a PO number". */
    private static String lowerFirst(String label) {
        return label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }

    private static String confirmTitle(String number, String client) {
        return "Confirm " + client + " received " + number;
    }

    /** No invoice went to the client before this one (counting voided ones: the client has heard of us). */
    private boolean firstSentToTheClient(InvoiceSent sent) {
        return jdbc.sql("""
                SELECT NOT EXISTS (SELECT 1 FROM invoice_register
                                   WHERE workspace_id = :workspace AND client_id = :client AND id <> :invoice
                                     AND sent_at <= :sentAt)""")
                .param("workspace", sent.workspace().value())
                .param("client", sent.client().value())
                .param("invoice", sent.invoice().value())
                .param("sentAt", Timestamps.of(sent.at()))
                .query(Boolean.class).single();
    }

    private LocalDate dayOf(WorkspaceId workspace, Instant at) {
        return LocalDate.ofInstant(at, workspaces.settingsOf(workspace).timeZone());
    }
}
