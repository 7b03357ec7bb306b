package com.invoice24.invoicing;

import com.invoice24.catalog.Catalog;
import com.invoice24.catalog.ItemId;
import com.invoice24.clients.ClientId;
import com.invoice24.clients.Clients;
import com.invoice24.delivery.EmailAttachment;
import com.invoice24.delivery.Outbox;
import com.invoice24.shared.Downloads;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.FormErrors;
import com.invoice24.shared.Money;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.PageActions;
import com.invoice24.shared.RefusedRequestException;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.CurrentUser;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BeanPropertyBindingResult;
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
    private static final String UPDATES = "invoicing/editor-updates";
    private static final int PAGE_SIZE = 50;

    private final Invoicing invoicing;
    private final InvoiceDocuments documents;
    private final InvoiceAttachments attachments;
    private final InvoicePdf pdf;
    private final Clients clients;
    private final Catalog catalog;
    private final Outbox outbox;
    private final FormErrors forms;
    private final ConversionService conversions;

    InvoiceController(Invoicing invoicing, InvoiceDocuments documents, InvoiceAttachments attachments,
                      InvoicePdf pdf, Clients clients, Catalog catalog, Outbox outbox,
                      FormErrors forms,
                      @Qualifier("mvcConversionService") ConversionService conversions) {
        this.invoicing = invoicing;
        this.documents = documents;
        this.attachments = attachments;
        this.pdf = pdf;
        this.clients = clients;
        this.catalog = catalog;
        this.outbox = outbox;
        this.forms = forms;
        this.conversions = conversions;
    }

    /**
     * The list, continued from a cursor by its Next link. A cursor that is not one of ours (a link cut short or
     * edited) shows the first page with a note rather than an error.
     */
    @GetMapping("/invoices")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) InvoiceStatus status,
                @RequestParam(required = false) UUID clientId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
                @RequestParam(required = false) @Nullable String cursor, Model model) {
        InvoiceFilter filter = new InvoiceFilter(status, clientId == null ? null : new ClientId(clientId), from, to,
                overdue);
        Optional<InvoiceCursor> after = cursor == null || cursor.isEmpty() ? Optional.empty()
                : InvoiceCursor.read(cursor);
        int shownPage = after.isPresent() ? 0 : Math.max(0, page);
        model.addAttribute("listing", invoicing.list(user.workspaceId(), filter, after.orElse(null), shownPage,
                PAGE_SIZE));
        model.addAttribute("continued", after.isPresent() || shownPage > 0);
        model.addAttribute("cursorRefused", cursor != null && !cursor.isEmpty() && after.isEmpty());
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", InvoiceStatus.values());
        model.addAttribute("clients", clients.names(user.workspaceId()));
        model.addAttribute("today", invoicing.today(user.workspaceId()));
        return "invoicing/list";
    }

    @GetMapping("/invoices/new")
    String initCreationForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID clientId,
                            @RequestParam(required = false) UUID templateId, Model model) {
        InvoiceRequest form = InvoiceRequest.builder().clientId(clientId)
                .servicePeriod(new InvoiceRequest.Period(null, null)).build();
        BindingResult result = new BeanPropertyBindingResult(form, "form");
        if (templateId != null) {
            try {
                form = invoicing.startingFromTemplate(user.workspaceId(),
                        clientId == null ? null : new ClientId(clientId), form, templateId);
            } catch (RefusedRequestException refused) {
                result.reject("refused", refused.getMessage());
            }
        }
        return editor(user, null, EditorRows.of(form, result, conversions), model);
    }

    @PostMapping("/invoices/new")
    String processCreationForm(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") InvoiceRequest form,
                               BindingResult result, Model model, RedirectAttributes flash) {
        EditorRows rows = EditorRows.of(form, result, conversions).withoutBlankRows()
                .map(InvoiceController::withQuantityOfOne);
        BindingResult errors = rows.errors();
        if (forms.invalid(rows.form(), errors)) {
            return editor(user, null, rows, errors, model);
        }
        try {
            Invoice draft = invoicing.draft(user, rows.form());
            flash.addFlashAttribute("message", "Draft saved. Check it over, then send it.");
            return "redirect:/invoices/" + draft.id();
        } catch (RefusedRequestException refused) {
            forms.reject(refused, errors);
            return editor(user, null, rows, errors, model);
        }
    }

    @GetMapping("/invoices/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        return invoicePage(user, invoicing.invoice(user.workspaceId(), new InvoiceId(id)), false, model);
    }

    @GetMapping("/invoices/{id}/edit")
    String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Invoice invoice = invoicing.invoice(user.workspaceId(), new InvoiceId(id));
        if (!invoice.isDraft()) {
            return "redirect:/invoices/" + id;
        }
        InvoiceRequest form = InvoiceRequest.editing(invoice);
        return editor(user, invoice, EditorRows.of(form, new BeanPropertyBindingResult(form, "form"), conversions),
                model);
    }

    @PostMapping("/invoices/{id}/edit")
    String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                             @ModelAttribute("form") InvoiceRequest form, BindingResult result, Model model,
                             RedirectAttributes flash) {
        Invoice invoice = invoicing.invoice(user.workspaceId(), new InvoiceId(id));
        EditorRows rows = EditorRows.of(form, result, conversions).withoutBlankRows()
                .map(InvoiceController::withQuantityOfOne);
        BindingResult errors = rows.errors();
        if (forms.invalid(rows.form(), errors)) {
            return editor(user, invoice, rows, errors, model);
        }
        try {
            invoicing.revise(user, invoice.id(), rows.form());
            flash.addFlashAttribute("message", "Draft saved.");
            return "redirect:/invoices/" + id;
        } catch (RefusedRequestException refused) {
            forms.reject(refused, errors);
            return editor(user, invoice, rows, errors, model);
        } catch (WrongStateException sent) {
            flash.addFlashAttribute("error", sent.getMessage());
            return "redirect:/invoices/" + id;
        }
    }

    /** The editor's figures as the user types (htmx): each row's amount and the totals, as saving computes them. */
    @PostMapping("/invoices/totals")
    String previewTotals(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") InvoiceRequest form,
                         BindingResult typed, Model model) {
        model.addAttribute("preview", preview(user, EditorRows.of(form, typed, conversions)));
        return UPDATES + " :: totals";
    }

    /**
     * Adds, removes, moves a line, fills one from a service item, or fills the placeholders of all
     * lines from the service period (htmx): the rows come back as typed, nothing is saved.
     */
    @PostMapping("/invoices/lines")
    String editLines(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") InvoiceRequest form,
                     BindingResult typed, @RequestParam LineEdit edit, @RequestParam(defaultValue = "0") int index,
                     Model model) {
        EditorRows rows = EditorRows.of(form, typed, conversions);
        ServicePeriod period = form.servicePeriod() == null ? new ServicePeriod(null, null)
                : new ServicePeriod(form.servicePeriod().start(), form.servicePeriod().end());
        EditorRows edited = switch (edit) {
            case ADD -> rows.add(EditorRows.blank());
            case REMOVE -> rows.remove(index);
            case UP -> rows.move(index, -1);
            case DOWN -> rows.move(index, 1);
            case ITEM -> withItemPicked(user, form, rows, index, period);
            case FILL -> rows.map(line -> line.description() == null ? line
                    : line.describedAs(Placeholders.fill(line.description(), period, form.projectCode())));
        };
        model.addAttribute("items", catalog.activeItems(user.workspaceId()));
        model.addAttribute("form", edited.form());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", edited.errors());
        model.addAttribute("preview", preview(user, edited));
        model.addAttribute("totalsOutOfBand", "true");
        return UPDATES + " :: lines";
    }

    enum LineEdit { ADD, REMOVE, UP, DOWN, ITEM, FILL }

    /** The row filled from the item chosen in it, keeping a quantity already typed; "Free text" leaves it. */
    private EditorRows withItemPicked(CurrentUser user, InvoiceRequest form, EditorRows rows, int index,
                                      ServicePeriod period) {
        if (!rows.has(index) || rows.row(index).itemId() == null) {
            return rows;
        }
        InvoiceRequest.Line row = rows.row(index);
        return rows.replace(index, invoicing.lineFromItem(user.workspaceId(), new ItemId(row.itemId()),
                form.clientId() == null ? null : new ClientId(form.clientId()), period, form.projectCode(),
                row.quantity()));
    }

    /**
     * Sends the draft. A refusal by the pre-send checks, or warnings not yet confirmed ("Send anyway"),
     * show the invoice page again with each reason and a link to fix it.
     */
    @PostMapping("/invoices/{id}/send")
    String send(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes flash) {
        Invoice invoice = invoicing.invoice(user.workspaceId(), new InvoiceId(id));
        List<FieldProblem> problems = invoicing.sendProblems(invoice);
        if (!problems.isEmpty()) {
            return refusedSend(user, invoice, problems, model);
        }
        if (!confirmed && !invoicing.warnings(invoice).isEmpty()) {
            return invoicePage(user, invoice, true, model);
        }
        try {
            Invoice sent = invoicing.send(user, invoice.id());
            flash.addFlashAttribute("message", "Invoice " + sent.number() + " is on its way.");
        } catch (RefusedRequestException refused) {
            return refusedSend(user, invoice, refused.problems(), model);
        } catch (WrongStateException wrongState) {
            flash.addFlashAttribute("error", wrongState.getMessage());
        }
        return "redirect:/invoices/" + id;
    }

    /** A new draft with this invoice's client, lines, PO and reference, opened in the editor for its dates. */
    @PostMapping("/invoices/{id}/copy")
    String copy(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        try {
            Invoice copy = invoicing.copy(user, new InvoiceId(id));
            flash.addFlashAttribute("message", "A copy as a new draft: set its dates and service period, then save.");
            return "redirect:/invoices/" + copy.id() + "/edit";
        } catch (RefusedRequestException refused) {
            flash.addFlashAttribute("error", refused.getMessage());
            return "redirect:/invoices/" + id;
        }
    }

    @PostMapping("/invoices/{id}/void")
    String voidInvoice(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                       @RequestParam(defaultValue = "") String reason,
                       @RequestParam MultiValueMap<String, String> typed, RedirectAttributes flash) {
        return PageActions.attempt(flash, "/invoices/" + id, "void", typed,
                "Invoice voided; its number stays on record.",
                () -> invoicing.voidInvoice(user, new InvoiceId(id), reason));
    }

    @PostMapping("/invoices/{id}/write-off")
    String writeOff(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                    @RequestParam(defaultValue = "") String reason,
                    @RequestParam MultiValueMap<String, String> typed, RedirectAttributes flash) {
        return PageActions.attempt(flash, "/invoices/" + id, "write-off", typed, "Balance written off.",
                () -> invoicing.writeOff(user, new InvoiceId(id), reason));
    }

    @PostMapping("/invoices/{id}/attachments")
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
        MediaType type = MediaType.parseMediaType(file.contentType());
        return (inline ? Downloads.inline(file.filename(), type) : Downloads.attachment(file.filename(), type))
                .body(file.content());
    }

    /** The invoice page; confirming asks "Send anyway?" below the warnings. */
    private String invoicePage(CurrentUser user, Invoice invoice, boolean confirming, Model model) {
        model.addAttribute("confirming", confirming);
        model.addAttribute("doc", documents.of(invoice));
        model.addAttribute("invoice", invoice);
        model.addAttribute("warnings", fixes(invoice, invoicing.warnings(invoice)));
        model.addAttribute("activity", invoicing.activity(user.workspaceId(), invoice.id()));
        model.addAttribute("emails", outbox.forInvoice(user.workspaceId(), invoice.id().value()));
        return "invoicing/show";
    }

    private String refusedSend(CurrentUser user, Invoice invoice, List<FieldProblem> problems, Model model) {
        model.addAttribute("problems", fixes(invoice, problems));
        return invoicePage(user, invoice, false, model);
    }

    /** A reason the page lists before sending, with where to fix it. */
    record Fix(String message, String href, String action) {
    }

    private static List<Fix> fixes(Invoice invoice, List<FieldProblem> problems) {
        String editor = "/invoices/" + invoice.id() + "/edit";
        return problems.stream().map(problem -> {
            String field = problem.field();
            if (field.equals("billingEmail")) {
                return new Fix(problem.message(), "/clients/" + invoice.clientId() + "/edit", "Edit the client");
            }
            if (field.equals("paymentInstructions")) {
                return new Fix(problem.message(), "/settings/business", "Add payment instructions");
            }
            if (field.equals("poNumber")) {
                return new Fix(problem.message(), editor + "#poNumber", "Change the PO number");
            }
            if (field.startsWith("lines[")) {
                int row = Integer.parseInt(field.substring("lines[".length(), field.indexOf(']')));
                return new Fix(problem.message(), editor + "#lines" + row + ".description", "Fix line " + (row + 1));
            }
            return new Fix(problem.message(), editor + "#" + field, "Edit the draft");
        }).toList();
    }

    private String editor(CurrentUser user, @Nullable Invoice invoice, EditorRows rows, Model model) {
        return editor(user, invoice, rows, rows.errors(), model);
    }

    /**
     * The editor page, with a row to type in when there is none. The errors are added after the form,
     * which would otherwise drop them.
     */
    private String editor(CurrentUser user, @Nullable Invoice invoice, EditorRows typedRows, BindingResult typedErrors,
                          Model model) {
        EditorRows rows = typedRows.withARow();
        BindingResult errors = rows == typedRows ? typedErrors : rows.sameErrors(typedErrors);
        model.addAttribute("form", errors.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        model.addAttribute("invoice", invoice);
        model.addAttribute("clients", clients.ofWorkspace(user.workspaceId()));
        model.addAttribute("items", catalog.activeItems(user.workspaceId()));
        model.addAttribute("templates", invoice == null ? catalog.allTemplates(user.workspaceId()) : List.of());
        model.addAttribute("preview", preview(user, rows));
        return EDITOR;
    }

    private Invoicing.Preview preview(CurrentUser user, EditorRows rows) {
        InvoiceRequest form = rows.form();
        List<InvoiceRequest.Line> lines = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            lines.add(withQuantityOfOne(rows.row(index)));
        }
        return invoicing.preview(user.workspaceId(), form.clientId() == null ? null : new ClientId(form.clientId()),
                lines, form.discount());
    }

    /** A line picked from the library with no quantity typed is one of it, on the page as when saved. */
    private static InvoiceRequest.Line withQuantityOfOne(InvoiceRequest.Line line) {
        return line.quantity() == null && line.itemId() != null ? new InvoiceRequest.Line(line.itemId(),
                line.description(), BigDecimal.ONE, line.unit(), line.unitPrice(), line.taxable()) : line;
    }
}
