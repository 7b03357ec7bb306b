package com.invoice24.invoicing;

import com.invoice24.clients.BillingProfile;
import com.invoice24.clients.Clients;
import com.invoice24.shared.Money;
import com.invoice24.workspace.PaymentInstructions;
import com.invoice24.workspace.WorkspaceSettings;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone holding an invoice learns from its verification code: the invoice as it was issued, what is
 * due on it now, and the payment instructions on file with the day they last changed, so a forged invoice
 * or a doctored "new bank details" letter shows up before money moves.
 */
@Service
class InvoiceVerification {

    static final String PAGE = "/verify";

    private final Invoices invoices;
    private final Clients clients;
    private final WorkspaceSettingsService workspaces;
    private final InvoiceDocuments documents;
    private final InvoicePdf pdf;
    private final Clock clock;

    InvoiceVerification(Invoices invoices, Clients clients, WorkspaceSettingsService workspaces,
                        InvoiceDocuments documents, InvoicePdf pdf, Clock clock) {
        this.invoices = invoices;
        this.clients = clients;
        this.workspaces = workspaces;
        this.documents = documents;
        this.pdf = pdf;
        this.clock = clock;
    }

    /**
     * An invoice as the verify page shows it.
     *
     * @param instructionsChangedOn the provider's day the payment instructions last changed; null when no
     *                              change was recorded
     */
    record Verified(VerificationCode code, String provider, @Nullable String providerEmail,
                    @Nullable String providerPhone, String client, String number, LocalDate issueDate,
                    LocalDate dueDate, Money total, Money balanceDue, InvoiceStatus status,
                    PaymentInstructions instructions, @Nullable LocalDate instructionsChangedOn) {

        /** Nothing should be paid on it: voided, written off or paid up. */
        public boolean closed() {
            return status == InvoiceStatus.VOID || status == InvoiceStatus.WRITTEN_OFF || status == InvoiceStatus.PAID;
        }
    }

    @Transactional(readOnly = true)
    Optional<Verified> find(VerificationCode code) {
        return invoices.withVerificationCode(code).map(invoice -> {
            WorkspaceSettings provider = workspaces.settingsOf(invoice.workspaceId());
            BillingProfile client = clients.find(invoice.workspaceId(), invoice.clientId()).orElseThrow().profile();
            LocalDate today = LocalDate.now(clock.withZone(provider.timeZone()));
            LocalDate changedOn = workspaces.paymentInstructionsChangedAt(invoice.workspaceId())
                    .map(at -> LocalDate.ofInstant(at, provider.timeZone())).orElse(null);
            return new Verified(code, provider.invoiceName(), provider.email(), provider.phone(),
                    client.legalName() != null ? client.legalName() : client.name(), invoice.label(),
                    invoice.issueDate(), invoice.dueDate(), invoice.total(), invoice.balanceDue(),
                    invoice.status(today), provider.paymentInstructions(), changedOn);
        });
    }

    /** The PDF exactly as it was sent, and its file name, for the invoice the code was printed on. */
    @Transactional(readOnly = true)
    Optional<Pdf> pdfAsSent(VerificationCode code) {
        return invoices.withVerificationCode(code)
                .map(invoice -> new Pdf(InvoicePdf.filename(invoice), pdf.render(documents.of(invoice))));
    }

    record Pdf(String filename, byte[] bytes) {
    }
}
