package com.invoice24.invoicing;

import com.invoice24.clients.ClientId;
import com.invoice24.shared.Downloads;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.Money;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.Paging;
import com.invoice24.shared.ResultPage;
import com.invoice24.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/invoices")
@Validated
@Tag(name = "Invoices")
class InvoiceApi {

    private final Invoicing invoicing;
    private final InvoiceDocuments documents;
    private final InvoiceAttachments attachments;
    private final InvoicePdf pdf;

    InvoiceApi(Invoicing invoicing, InvoiceDocuments documents, InvoiceAttachments attachments, InvoicePdf pdf) {
        this.invoicing = invoicing;
        this.documents = documents;
        this.attachments = attachments;
        this.pdf = pdf;
    }

    @Schema(name = "InvoiceLineView")
    record LineView(@Nullable UUID itemId, String description, BigDecimal quantity, @Nullable String unit,
                    BigDecimal unitPrice, boolean taxable, Money amount) {
    }

    record InvoiceView(UUID id, @Nullable String number, InvoiceStatus status, UUID clientId,
                       @Nullable LocalDate issueDate, @Nullable LocalDate dueDate, int paymentTermsDays,
                       String paymentTermsBasis, String paymentTerms, ServicePeriod servicePeriod,
                       @Nullable String poNumber, @Nullable String projectCode, @Nullable String reference,
                       @Nullable String notes, String currency, Money subtotal, Money discount,
                       BigDecimal taxRatePercent, Money tax, Money total, Money amountPaid, Money amountCredited,
                       Money balanceDue, List<LineView> lines, List<FieldProblem> warnings,
                       @Nullable Instant sentAt, @Nullable Instant voidedAt, @Nullable String voidReason,
                       Instant createdAt) {
    }

    record ListView(List<InvoiceView> items, int page, int size, long total,
                    @Schema(description = "Pass as cursor for the following page; null on the last page")
                    @Nullable String next,
                    Money totalAmount, Money totalBalanceDue) {
    }

    record VoidRequest(@Nullable String reason) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a draft", description = "With templateId the draft starts from that invoice "
            + "template: its lines at this client's rates (unless lines are given), its notes and payment terms "
            + "(unless given). Placeholders such as {period}, {month}, {year} and {project} in line descriptions "
            + "and notes are filled from servicePeriod and projectCode. An unknown templateId is refused (422).")
    InvoiceView draft(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody InvoiceRequest request) {
        return view(user, invoicing.draft(user, request));
    }

    @GetMapping
    @Operation(summary = "List invoices", description = "One page in the list's order (newest issue first), with "
            + "the count and totals of all that match. Go on with cursor=next: each page then costs the same "
            + "however deep it is; page counts from the start and is for the first few pages.")
    ListView list(@AuthenticationPrincipal CurrentUser user,
                  @RequestParam(required = false) InvoiceStatus status,
                  @RequestParam(required = false) UUID clientId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "false") boolean overdue,
                  @RequestParam(required = false) @Nullable String cursor,
                  Paging paging) {
        InvoiceCursor after = cursor == null || cursor.isEmpty() ? null : InvoiceCursor.parse(cursor);
        if (after != null && paging.page() > 0) {
            throw new InvalidRequestException("Ask for either a page or a cursor, not both.", List.of(
                    new FieldProblem(InvoiceCursor.PARAMETER, "cannot be combined with a page other than 0")));
        }
        Invoicing.Listing listing = invoicing.list(user.workspaceId(),
                new InvoiceFilter(status, clientId == null ? null : new ClientId(clientId), from, to, overdue),
                after, paging.page(), paging.size());
        ResultPage<Invoices.Listed> result = listing.page();
        LocalDate today = invoicing.today(user.workspaceId());
        return new ListView(result.items().stream().map(listed -> view(listed.invoice(), today, List.of())).toList(),
                result.page(), result.size(), result.total(),
                listing.next() == null ? null : listing.next().encoded(), listing.summary().total(),
                listing.summary().balanceDue());
    }

    @GetMapping("/{id}")
    InvoiceView read(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return view(user, invoicing.invoice(user.workspaceId(), new InvoiceId(id)));
    }

    @PutMapping("/{id}")
    InvoiceView revise(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                       @Valid @RequestBody InvoiceRequest request) {
        return view(user, invoicing.revise(user, new InvoiceId(id), request));
    }

    @PostMapping("/{id}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Copy an invoice into a new draft", description = "The draft has the same client, "
            + "lines, PO, reference, project code, notes and discount; no number, no issue or due date and no "
            + "service period.")
    InvoiceView copy(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return view(user, invoicing.copy(user, new InvoiceId(id)));
    }

    @PostMapping("/{id}/send")
    @Operation(summary = "Send (finalize) a draft", description = "Refused (422, errors naming the fields) when a "
            + "check fails: PO required but missing, no billing email, no lines, a total of zero, a placeholder "
            + "such as {period} left in lines[i].description. The response's warnings list what the send went "
            + "ahead despite (vague lines, over the PO's remaining amount, no payment instructions); no "
            + "confirmation is needed here.")
    InvoiceView send(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        InvoiceId invoiceId = new InvoiceId(id);
        List<FieldProblem> warned = invoicing.warnings(invoicing.invoice(user.workspaceId(), invoiceId));
        return view(invoicing.send(user, invoiceId), invoicing.today(user.workspaceId()), warned);
    }

    @PostMapping("/{id}/void")
    InvoiceView voidInvoice(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                            @RequestBody(required = false) @Nullable VoidRequest request) {
        String reason = request == null || request.reason() == null ? "" : request.reason();
        return view(user, invoicing.voidInvoice(user, new InvoiceId(id), reason));
    }

    @PostMapping("/{id}/write-off")
    InvoiceView writeOff(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                         @RequestBody(required = false) @Nullable VoidRequest request) {
        String reason = request == null || request.reason() == null ? "" : request.reason();
        return view(user, invoicing.writeOff(user, new InvoiceId(id), reason));
    }

    @GetMapping("/{id}/activity")
    List<Activity> activity(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return invoicing.activity(user.workspaceId(), new InvoiceId(id));
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Invoice invoice = invoicing.invoice(user.workspaceId(), new InvoiceId(id));
        return Downloads.inline(InvoicePdf.filename(invoice), MediaType.APPLICATION_PDF)
                .body(pdf.render(documents.of(invoice)));
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    AttachmentInfo attach(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                          @RequestPart("file") @Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("Send the file as multipart field 'file'.",
                    List.of(new FieldProblem("file", "Choose a file")));
        }
        Invoice invoice = invoicing.invoice(user.workspaceId(), new InvoiceId(id));
        return attachments.add(invoice, String.valueOf(file.getOriginalFilename()), file.getBytes());
    }

    @GetMapping("/{id}/attachments")
    List<AttachmentInfo> attachments(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return attachments.of(invoicing.invoice(user.workspaceId(), new InvoiceId(id)));
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                      @PathVariable UUID attachmentId) {
        Invoice invoice = invoicing.invoice(user.workspaceId(), new InvoiceId(id));
        var file = attachments.file(invoice, attachmentId).orElseThrow(() -> new NotFoundException("Attachment"));
        return Downloads.attachment(file.filename(), MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    private InvoiceView view(CurrentUser user, Invoice invoice) {
        return view(invoice, invoicing.today(user.workspaceId()), invoicing.warnings(invoice));
    }

    static InvoiceView view(Invoice invoice, LocalDate today, List<FieldProblem> warnings) {
        return new InvoiceView(invoice.id().value(), invoice.number(), invoice.status(today),
                invoice.clientId().value(), invoice.issueDate(), invoice.dueDate(), invoice.terms().days(),
                invoice.terms().basis().name(), invoice.terms().label(), invoice.servicePeriod(), invoice.poNumber(),
                invoice.projectCode(), invoice.reference(), invoice.notes(), "USD", invoice.totals().subtotal(),
                invoice.totals().discount(), invoice.taxRatePercent(), invoice.totals().tax(),
                invoice.totals().total(), invoice.amountPaid(), invoice.amountCredited(), invoice.balanceDue(),
                invoice.lines().stream().map(line -> new LineView(line.itemId(), line.description(), line.quantity(),
                        line.unit(), line.unitPrice(), line.taxable(), line.amount())).toList(),
                warnings, invoice.sentAt(), invoice.voidedAt(), invoice.voidReason(), invoice.createdAt());
    }
}
