package com.invoice24.payments;

import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.Money;
import com.invoice24.shared.Paging;
import com.invoice24.shared.ResultPage;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceId;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bank-statement import, the review queue and CSV mappings in the API. */
@RestController
@Validated
@Tag(name = "Payments and credits")
class BankImportApi {

    private final BankImporting importing;

    BankImportApi(BankImporting importing) {
        this.importing = importing;
    }

    record SuggestionView(UUID clientId, String clientName, List<UUID> invoiceIds, String reason) {

        static SuggestionView of(DepositMatch.Suggestion suggestion) {
            return new SuggestionView(suggestion.clientId().value(), suggestion.clientName(),
                    suggestion.invoiceIds().stream().map(id -> id.value()).toList(), suggestion.reason());
        }
    }

    @Schema(name = "BankLineView")
    record ItemView(UUID id, UUID importId, int line, LocalDate date, Money amount, String memo,
                    @Nullable String reference, BankLine.Status status, @Nullable UUID paymentId,
                    @Nullable String dismissReason, List<SuggestionView> suggestions) {

        static ItemView of(BankLine line, Map<UUID, List<DepositMatch.Suggestion>> suggestions) {
            return new ItemView(line.id(), line.importId(), line.line(), line.date(), line.amount(), line.memo(),
                    line.reference(), line.status(), line.paymentId() == null ? null : line.paymentId().value(),
                    line.dismissReason(), suggestions.getOrDefault(line.id(), List.of()).stream()
                    .map(SuggestionView::of).toList());
        }
    }

    record ImportView(UUID id, StatementFormat format, @Nullable String fileName, Instant importedAt, int lines,
                      long applied, long needsReview, long alreadyImported, long dismissed, List<ItemView> items) {

        static ImportView of(BankImport bankImport, Map<UUID, List<DepositMatch.Suggestion>> suggestions) {
            return new ImportView(bankImport.id(), bankImport.format(), bankImport.fileName(),
                    bankImport.importedAt(), bankImport.lines().size(), bankImport.applied(),
                    bankImport.needsReview(), bankImport.alreadyImported(), bankImport.dismissed(),
                    bankImport.lines().stream().map(line -> ItemView.of(line, suggestions)).toList());
        }
    }

    record Application(@Nullable @NotNull(message = "Choose the client who paid") UUID clientId,
                       @Nullable @Size(max = 200) List<PaymentRequest.@NotNull @Valid Target> allocations) {
    }

    record Dismissal(@Nullable @Size(max = 500) String reason) {
    }

    @PostMapping(path = "/api/v1/bank-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ImportView importFile(@AuthenticationPrincipal CurrentUser user, @RequestPart("file") @Nullable MultipartFile file,
                          @RequestParam(required = false) @Nullable StatementFormat format,
                          @RequestParam(required = false) @Nullable UUID mappingId) {
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("Attach the bank-statement file.",
                    List.of(new FieldProblem("file", "Choose a bank-statement file")));
        }
        BankImport imported = importing.importFile(user, file.getOriginalFilename(), bytes(file), format, mappingId);
        return view(user.workspaceId(), imported);
    }

    @GetMapping("/api/v1/bank-imports")
    ResultPage<ImportView> list(@AuthenticationPrincipal CurrentUser user,
                                Paging paging) {
        ResultPage<BankImport> imports = importing.list(user.workspaceId(), paging.page(), paging.size());
        return new ResultPage<>(imports.items().stream().map(found -> ImportView.of(found, Map.of())).toList(),
                imports.page(), imports.size(), imports.total());
    }

    @GetMapping("/api/v1/bank-imports/{id}")
    ImportView read(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return view(user.workspaceId(), importing.bankImport(user.workspaceId(), id));
    }

    @GetMapping("/api/v1/bank-lines")
    ResultPage<ItemView> lines(@AuthenticationPrincipal CurrentUser user,
                               @RequestParam(required = false) BankLine.@Nullable Status status,
                               Paging paging) {
        ResultPage<BankLine> lines = importing.lines(user.workspaceId(), status, paging.page(), paging.size());
        Map<UUID, List<DepositMatch.Suggestion>> suggestions = importing.suggestions(user.workspaceId(), lines.items());
        return new ResultPage<>(lines.items().stream().map(line -> ItemView.of(line, suggestions)).toList(),
                lines.page(), lines.size(), lines.total());
    }

    @PostMapping("/api/v1/bank-lines/{id}/apply")
    PaymentApi.PaymentView apply(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                 @Valid @RequestBody Application application) {
        return PaymentApi.PaymentView.of(importing.apply(user, id, application.clientId(), application.allocations()));
    }

    @PostMapping("/api/v1/bank-lines/{id}/dismiss")
    ItemView dismiss(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                     @RequestBody(required = false) @Nullable Dismissal dismissal) {
        return ItemView.of(importing.dismiss(user, id, dismissal == null ? null : dismissal.reason()), Map.of());
    }

    @PostMapping("/api/v1/bank-mappings")
    @ResponseStatus(HttpStatus.CREATED)
    BankImportMapping saveMapping(@AuthenticationPrincipal CurrentUser user,
                                  @Valid @RequestBody BankImportMapping.Request request) {
        return importing.saveMapping(user.workspaceId(), request);
    }

    @GetMapping("/api/v1/bank-mappings")
    List<BankImportMapping> mappings(@AuthenticationPrincipal CurrentUser user) {
        return importing.mappings(user.workspaceId());
    }

    private ImportView view(WorkspaceId workspace, BankImport bankImport) {
        return ImportView.of(bankImport, importing.suggestions(workspace, bankImport.lines()));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
