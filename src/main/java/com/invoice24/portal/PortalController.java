package com.invoice24.portal;

import com.invoice24.clients.Client;
import com.invoice24.clients.Clients;
import com.invoice24.delivery.EmailAttachment;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceCopies;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.payments.StatementPdf;
import com.invoice24.shared.Downloads;
import com.invoice24.shared.NotFoundException;
import com.invoice24.workspace.W9Forms;
import com.invoice24.workspace.WorkspaceSettings;
import com.invoice24.workspace.WorkspaceSettingsService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pages a portal link opens: the invoice as sent, with its downloads, how to pay and whom to ask; or the
 * client's statement. The client's first view of a sent invoice moves it to VIEWED; the provider's own preview
 * does not.
 */
@Controller
@ClientFacing
class PortalController {

    private final PortalLinks links;
    private final PortalInvoices invoices;
    private final PortalViewers viewers;
    private final Invoicing invoicing;
    private final InvoiceCopies copies;
    private final Clients clients;
    private final WorkspaceSettingsService workspaces;
    private final W9Forms w9Forms;
    private final PdfPages pages;
    private final PortalStatements statements;
    private final ClientActions actions;

    PortalController(PortalLinks links, PortalInvoices invoices, PortalViewers viewers, Invoicing invoicing,
                     InvoiceCopies copies, Clients clients, WorkspaceSettingsService workspaces, W9Forms w9Forms,
                     PdfPages pages, PortalStatements statements, ClientActions actions) {
        this.links = links;
        this.invoices = invoices;
        this.viewers = viewers;
        this.invoicing = invoicing;
        this.copies = copies;
        this.clients = clients;
        this.workspaces = workspaces;
        this.w9Forms = w9Forms;
        this.pages = pages;
        this.statements = statements;
        this.actions = actions;
    }

    @GetMapping("/portal/{token}")
    String open(@PathVariable String token, HttpServletRequest request, Model model) {
        PortalAccess access = links.open(token);
        if (access.isInvoice()) {
            return invoicePage(invoices.open(token, null), request, model);
        }
        return statementPage(access, request, model);
    }

    @GetMapping("/portal/{token}/invoices/{invoiceId}")
    String statementInvoice(@PathVariable String token, @PathVariable UUID invoiceId, HttpServletRequest request,
                            Model model) {
        return invoicePage(invoices.open(token, invoiceId), request, model);
    }

    private String invoicePage(OpenedInvoice opened, HttpServletRequest request, Model model) {
        PortalAccess access = opened.access();
        Invoice invoice = opened.invoice();
        boolean preview = viewers.isProvider(access.workspace());
        if (!preview && viewers.firstInSession(request, invoice.id().value())) {
            invoice = invoicing.recordClientView(access.workspace(), invoice.id(), viewers.describe(request));
        }
        WorkspaceSettings provider = workspaces.settingsOf(access.workspace());
        byte[] pdf = copies.pdfAsSent(invoice);
        model.addAttribute("opened", opened);
        model.addAttribute("invoice", invoice);
        model.addAttribute("status", invoice.status(invoicing.today(access.workspace())));
        model.addAttribute("provider", provider);
        model.addAttribute("client", client(access));
        model.addAttribute("preview", preview);
        model.addAttribute("pages", IntStream.rangeClosed(1, pages.count(pdf)).boxed().toList());
        model.addAttribute("attachments", copies.attachments(invoice));
        model.addAttribute("hasW9", w9Forms.w9Of(access.workspace()).isPresent());
        model.addAttribute("fromStatement", !access.isInvoice());
        model.addAttribute("letUsKnow", actions.view(new OpenedInvoice(access, invoice, opened.base())));
        return "portal/invoice";
    }

    private String statementPage(PortalAccess access, HttpServletRequest request, Model model) {
        startFormSession(request);
        model.addAttribute("access", access);
        model.addAttribute("provider", workspaces.settingsOf(access.workspace()));
        model.addAttribute("client", client(access));
        model.addAttribute("statement", statements.of(access));
        model.addAttribute("preview", viewers.isProvider(access.workspace()));
        model.addAttribute("hasW9", w9Forms.w9Of(access.workspace()).isPresent());
        return "portal/statement";
    }

    /**
     * The statement's Pay selected form comes after the table, often past the first flush of a long page, when the
     * session that keeps its CSRF token can no longer be started; so the token is made before the page is.
     */
    private static void startFormSession(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }

    @GetMapping("/portal/{token}/statement.pdf")
    ResponseEntity<byte[]> statementPdf(@PathVariable String token) {
        StatementPdf pdf = statements.pdf(links.open(token));
        return Downloads.attachment(pdf.filename(), MediaType.APPLICATION_PDF).body(pdf.content());
    }

    @GetMapping({"/portal/{token}/invoice.pdf", "/portal/{token}/invoices/{invoiceId}/invoice.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable String token, @PathVariable @Nullable UUID invoiceId) {
        Invoice invoice = invoices.open(token, invoiceId).invoice();
        return Downloads.attachment(copies.filename(invoice), MediaType.APPLICATION_PDF)
                .body(copies.pdfAsSent(invoice));
    }

    @GetMapping({"/portal/{token}/pages/{number}.png", "/portal/{token}/invoices/{invoiceId}/pages/{number}.png"})
    ResponseEntity<byte[]> page(@PathVariable String token, @PathVariable @Nullable UUID invoiceId,
                                @PathVariable int number) {
        Invoice invoice = invoices.open(token, invoiceId).invoice();
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(pages.png(copies.pdfAsSent(invoice), number));
    }

    @GetMapping({"/portal/{token}/attachments/{attachmentId}",
        "/portal/{token}/invoices/{invoiceId}/attachments/{attachmentId}"})
    ResponseEntity<byte[]> attachment(@PathVariable String token, @PathVariable @Nullable UUID invoiceId,
                                      @PathVariable UUID attachmentId) {
        EmailAttachment file = copies.attachment(invoices.open(token, invoiceId).invoice(), attachmentId);
        return Downloads.attachment(file.filename(), MediaType.parseMediaType(file.contentType())).body(file.content());
    }

    @GetMapping({"/portal/{token}/w9.pdf", "/portal/{token}/invoices/{invoiceId}/w9.pdf"})
    ResponseEntity<byte[]> w9(@PathVariable String token, @PathVariable @Nullable UUID invoiceId) {
        PortalAccess access = invoiceId == null ? links.open(token) : invoices.open(token, invoiceId).access();
        byte[] w9 = w9Forms.w9Of(access.workspace()).orElseThrow(() -> new NotFoundException("W-9"));
        return Downloads.attachment(W9Forms.FILENAME, MediaType.APPLICATION_PDF).body(w9);
    }

    private Client client(PortalAccess access) {
        return clients.find(access.workspace(), access.client()).orElseThrow(() -> new NotFoundException("Client"));
    }
}
