package com.invoice24.invoicing;

import com.invoice24.clients.Client;
import com.invoice24.clients.Clients;
import com.invoice24.delivery.EmailAttachment;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.PublicAddress;
import com.invoice24.workspace.WorkspaceLogos;
import com.invoice24.workspace.WorkspaceSettings;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Gathers what the invoice document shows: the invoice, the client, the provider, the logo, the files. */
@Component
class InvoiceDocuments {

    private final Clients clients;
    private final WorkspaceSettingsService workspaces;
    private final WorkspaceLogos logos;
    private final InvoiceAttachments attachments;
    private final PublicAddress address;
    private final Clock clock;

    InvoiceDocuments(Clients clients, WorkspaceSettingsService workspaces, WorkspaceLogos logos,
                     InvoiceAttachments attachments, PublicAddress address, Clock clock) {
        this.address = address;
        this.clients = clients;
        this.workspaces = workspaces;
        this.logos = logos;
        this.attachments = attachments;
        this.clock = clock;
    }

    InvoiceDocument of(Invoice invoice) {
        Client client = clients.find(invoice.workspaceId(), invoice.clientId())
                .orElseThrow(() -> new NotFoundException("Client " + invoice.clientId()));
        WorkspaceSettings provider = workspaces.settingsOf(invoice.workspaceId());
        String logo = logos.dataUriOf(invoice.workspaceId());
        LocalDate today = LocalDate.now(clock.withZone(provider.timeZone()));
        return new InvoiceDocument(invoice, invoice.status(today), client.profile(), provider, logo,
                attachments.of(invoice), address.shown(InvoiceVerification.PAGE));
    }

    List<EmailAttachment> attachmentFiles(Invoice invoice) {
        return attachments.files(invoice);
    }
}
