package com.invoice24.portal;

import com.invoice24.clients.ClientId;
import com.invoice24.clients.Clients;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.NotFoundException;
import com.invoice24.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Links that open an invoice, or a client's statement, in the client portal. */
@RestController
@Tag(name = "Client portal")
class PortalLinkApi {

    private final PortalLinks links;
    private final InvoiceLinks invoiceLinks;
    private final Invoicing invoicing;
    private final Clients clients;

    PortalLinkApi(PortalLinks links, InvoiceLinks invoiceLinks, Invoicing invoicing, Clients clients) {
        this.links = links;
        this.invoiceLinks = invoiceLinks;
        this.invoicing = invoicing;
        this.clients = clients;
    }

    @Schema(name = "PortalLink")
    record LinkView(String url, Instant expiresAt) {
        static LinkView of(PortalLinks.Issued issued) {
            return new LinkView(issued.url(), issued.expiresAt());
        }
    }

    @GetMapping("/api/v1/invoices/{id}/portal-link")
    @Operation(summary = "A new link to the sent invoice in the client portal",
            description = "Each call issues a new link; earlier ones keep working until they expire or are revoked. "
                    + "A draft has no link (409).")
    LinkView invoiceLink(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return LinkView.of(links.forInvoice(invoicing.invoice(user.workspaceId(), new InvoiceId(id))));
    }

    @DeleteMapping("/api/v1/invoices/{id}/portal-links")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke every link to the invoice in the client portal",
            description = "Links in emails already sent open nothing from now on (410); a new link still can be "
                    + "issued. Answers 204 also when no link was active.")
    void revokeInvoiceLinks(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        invoiceLinks.revokeAll(user, new InvoiceId(id));
    }

    @GetMapping("/api/v1/clients/{id}/portal-link")
    @Operation(summary = "A new link to the client's statement of account in the client portal")
    LinkView statementLink(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        ClientId client = clients.find(user.workspaceId(), new ClientId(id))
                .orElseThrow(() -> new NotFoundException("Client")).id();
        return LinkView.of(links.forStatement(user.workspaceId(), client));
    }

    @DeleteMapping("/api/v1/clients/{id}/portal-links")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke every link to the client's statement in the client portal",
            description = "Statement links already sent open nothing from now on (410); invoice links are not "
                    + "touched. Answers 204 also when no link was active.")
    void revokeStatementLinks(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        ClientId client = clients.find(user.workspaceId(), new ClientId(id))
                .orElseThrow(() -> new NotFoundException("Client")).id();
        links.revokeStatementLinks(user.workspaceId(), client);
    }
}
