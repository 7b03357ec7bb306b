package com.invoice24.invoicing;

import com.invoice24.catalog.Catalog;
import com.invoice24.clients.ClientId;
import com.invoice24.clients.Clients;
import com.invoice24.delivery.EmailAttachment;
import com.invoice24.delivery.Outbox;
import com.invoice24.shared.FormErrors;
import com.invoice24.shared.Money;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.PageActions;
import com.invoice24.shared.RefusedRequestException;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The invoice pages: the list, the editor with live totals, the invoice with its actions and timeline. */
@Controller
class InvoiceController {

    private static final String EDITOR = "invoicing/editor";
    private static final int PAGE_SIZE = 50;
    private static final int BLANK_ROWS = 3;

    private final Invoicing invoicing;
    private final InvoiceDocuments documents;
    private final InvoiceAttachments attachments;
    private final InvoicePdf pdf;
    private final Clients clients;
    private final Catalog catalog;
    private final Outbox outbox;
    private final WorkspaceSettingsService workspaces;
    private final FormErrors forms;

    InvoiceController(Invoicing invoicing, InvoiceDocuments documents, InvoiceAttachments attachments,
                      InvoicePdf pdf, Clients clients, Catalog catalog, Outbox outbox,
                      WorkspaceSettingsService workspaces, FormErrors forms) {
        this.invoicing = invoicing;
        this.documents = documents;
        this.attachments = attachments;
        this.pdf = pdf;
        this.clients = clients;
        this.catalog = catalog;
        this.outbox = outbox;
        this.workspaces = workspaces;
        this.forms = forms;
    }

    @GetMapping("/invoices")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) InvoiceStatus status,
                @RequestParam(required = false) UUID clientId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
                Model model) {
        InvoiceFilter filter = new InvoiceFilter(status, clientId == null ? null : new ClientId(clientId), from, to,
                overdue);
        model.addAttribute("listing", invoicing.list(user.workspaceId(), filter, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", InvoiceStatus.values());
        model.addAttribute("clients", clients.ofWorkspace(user.workspaceId()));
        model.addAttribute("today", invoicing.today(user.workspaceId()));
        return "invoicing/list";
    }

    @GetMapping("/invoices/new")
    String initCreationForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID clientId,
                            Model model) {
        InvoiceRequest form = new InvoiceRequest(clientId, null, null, null, null, null, null, null, null,
                new InvoiceRequest.Period(null, null), null, List.of(), null);
        return editor(user, null, withBlankRows(form), model);
    }

    @PostMapping("/invoices/new")
    @PreAuthorize("hasAuthority('MANAGE_MONEY')")
    String processCreationForm(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") InvoiceRequest form,
                               BindingResult result, Model model, RedirectAttributes flash) {
        InvoiceRequest filled = withoutBlankLines(form);
        if (forms.invalid(filled, result)) {
            return editor(user, null, form, model);
        }
        try {
            Invoice draft = invoicing.draft(user, filled);
            flash.addFlashAttribute("message", "Draft saved. Check it over, then send it.");
            return "redirect:/invoices/" + draft.id();
        } catch (RefusedRequestException refused) {
            forms.reject(refused, result);
            return editor(user, null, form, model);
        }
    }

    @GetMapping("/invoices/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Invoice invoice = invoicing.invoice(user.workspaceId(), new InvoiceId(id));
        model.addAttribute("doc", documents.of(invoice));
        model.addAttribute("invoice", invoice);
        model.addAttribute("warnings", invoicing.warnings(invoice));
        model.addAttribute("activity", invoicing.activity(user.workspaceId(), invoice.id()));
        model.addAttribute("emails", outbox.forInvoice(user.workspaceId(), id));
        model.addAttribute("zone", workspaces.settingsOf(user.workspaceId()).timeZone());
        return "invoicing/show";
    }

    @GetMapping("/invoices/{id}/edit")
    String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Invoice invoice = invoicing.invoice(user.workspaceId(), new InvoiceId(id));
        if (!invoice.isDraft()) {
            return "redirect:/invoices/" + id;
        }
        return editor(user, invoice, withBlankRows(formOf(invoice)), model);
    }

    @PostMapping("/invoices/{id}/edit")
    @PreAuthorize("hasAuthority('MANAGE_MONEY')")
    String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                             @ModelAttribute("form") InvoiceRequest form, BindingResult result, Model model,
                             RedirectAttributes flash) {
        Invoice invoice = invoicing.invoice(user.workspaceId(), new InvoiceId(id));
        InvoiceRequest filled = withoutBlankLines(form);
        if (forms.invalid(filled, result)) {
            return editor(user, invoice, form, model);
        }
        try {
            invoicing.revise(user, invoice.id(), filled);
            flash.addFlashAttribute("message", "Draft saved.");
            return "redirect:/invoices/" + id;
        } catch (RefusedRequestException refused) {
            forms.reject(refused, result);
            return editor(user, invoice, form, model);
        }
    }

    /** The editor's totals as the user types (htmx): the same rule the saved invoice uses. */
    @PostMapping("/invoices/totals")
    String previewTotals(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") InvoiceRequest form,
                         BindingResult ignoredTypos, Model model) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (InvoiceRequest.Line line : form.lines() == null ? List.<InvoiceRequest.Line>of() : form.lines()) {
            if (line != null && line.quantity() != null && line.unitPrice() != null) {
                lines.add(new InvoiceLine(null, "", line.quantity(), null, line.unitPrice(),
                        Boolean.TRUE.equals(line.taxable())));
            }
        }
        boolean exempt = form.clientId() != null && clients.find(user.workspaceId(), new ClientId(form.clientId()))
                .map(client -> client.profile().taxExempt()).orElse(false);
        Money discount = form.discount() != null ? form.discount() : Money.zero();
        model.addAttribute("totals", Totals.of(lines, discount,
                workspaces.settingsOf(user.workspaceId()).salesTaxRatePercent(), exempt));
        return EDITOR + " :: totals";
    }

    @PostMapping("/invoices/{id}/send")
    @PreAuthorize("hasAuthority('MANAGE_MONEY')")
    String send(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        try {
            Invoice sent = invoicing.send(user, new InvoiceId(id));
            flash.addFlashAttribute("message", "Invoice " + sent.number() + " is on its way.");
        } catch (RefusedRequestException refused) {
            flash.addFlashAttribute("error", refused.getMessage());
            flash.addFlashAttribute("problems", refused.problems());
        }
        return "redirect:/invoices/" + id;
    }

    @PostMapping("/invoices/{id}/void")
    @PreAuthorize("hasAuthority('MANAGE_MONEY')")
    String voidInvoice(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                       @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        PageActions.attempt(flash, "Invoice voided; its number stays on record.",
                () -> invoicing.voidInvoice(user, new InvoiceId(id), reason));
        return "redirect:/invoices/" + id;
    }

    @PostMapping("/invoices/{id}/write-off")
    @PreAuthorize("hasAuthority('MANAGE_MONEY')")
    String writeOff(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                    @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        PageActions.attempt(flash, "Balance written off.", () -> invoicing.writeOff(user, new InvoiceId(id), reason));
        return "redirect:/invoices/" + id;
    }

    @PostMapping("/invoices/{id}/attachments")
    @PreAuthorize("hasAuthority('MANAGE_MONEY')")
    String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @RequestParam("file") MultipartFile file, RedirectAttributes flash) throws IOException {
        Invoice invoice = invoicing.invoice(user.workspaceId(), new InvoiceId(id));
        try {
            AttachmentInfo added = attachments.add(invoice, String.valueOf(file.getOriginalFilename()), file.getBytes());
            flash.addFlashAttribute("message", added.filename() + " attached.");
        } catch (RefusedRequestException refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/invoices/" + id;
    }

    @GetMapping("/invoices/{id}/pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Invoice invoice = invoicing.invoice(user.workspaceId(), new InvoiceId(id));
        return file(new EmailAttachment(InvoicePdf.filename(invoice), MediaType.APPLICATION_PDF_VALUE,
                pdf.render(documents.of(invoice))), true);
    }

    @GetMapping("/invoices/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                      @PathVariable UUID attachmentId) {
        Invoice invoice = invoicing.invoice(user.workspaceId(), new InvoiceId(id));
        return file(attachments.file(invoice, attachmentId).orElseThrow(() -> new NotFoundException("Attachment")),
                false);
    }

    private static ResponseEntity<byte[]> file(EmailAttachment file, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.filename()).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(file.content());
    }

    private String editor(CurrentUser user, @Nullable Invoice invoice, InvoiceRequest form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("invoice", invoice);
        model.addAttribute("clients", clients.ofWorkspace(user.workspaceId()));
        model.addAttribute("items", catalog.activeItems(user.workspaceId()));
        model.addAttribute("totals", invoice != null ? invoice.totals()
                : new Totals(Money.zero(), Money.zero(), Money.zero(), Money.zero()));
        return EDITOR;
    }

    private static InvoiceRequest formOf(Invoice invoice) {
        return new InvoiceRequest(invoice.clientId().value(), invoice.issueDate(), invoice.terms().days(),
                invoice.terms().basis(), invoice.dueDateFixed() ? invoice.dueDate() : null, invoice.poNumber(), null,
                invoice.projectCode(), invoice.reference(),
                new InvoiceRequest.Period(invoice.servicePeriod().start(), invoice.servicePeriod().end()),
                invoice.notes(), invoice.lines().stream().map(line -> new InvoiceRequest.Line(line.itemId(),
                        line.description(), line.quantity(), line.unit(), line.unitPrice(), line.taxable())).toList(),
                invoice.totals().discount().isZero() ? null : invoice.totals().discount());
    }

    private static InvoiceRequest withBlankRows(InvoiceRequest form) {
        List<InvoiceRequest.Line> lines = new ArrayList<>(form.lines() == null ? List.of() : form.lines());
        for (int i = 0; i < BLANK_ROWS; i++) {
            lines.add(new InvoiceRequest.Line(null, "", null, null, null, false));
        }
        return withLines(form, lines);
    }

    /** The editor shows spare rows; the ones left empty are not lines. */
    private static InvoiceRequest withoutBlankLines(InvoiceRequest form) {
        List<InvoiceRequest.Line> lines = (form.lines() == null ? List.<InvoiceRequest.Line>of() : form.lines())
                .stream()
                .filter(line -> line != null && (line.itemId() != null || (line.description() != null
                        && !line.description().isBlank()) || line.unitPrice() != null))
                .map(line -> line.quantity() == null && line.itemId() != null
                        ? new InvoiceRequest.Line(line.itemId(), line.description(), BigDecimal.ONE, line.unit(),
                        line.unitPrice(), line.taxable()) : line)
                .toList();
        return withLines(form, lines);
    }

    private static InvoiceRequest withLines(InvoiceRequest form, List<InvoiceRequest.Line> lines) {
        return new InvoiceRequest(form.clientId(), form.issueDate(), form.paymentTermsDays(),
                form.paymentTermsBasis(), form.dueDate(), form.poNumber(), form.projectId(), form.projectCode(),
                form.reference(), form.servicePeriod(), form.notes(), lines, form.discount());
    }
}
