package com.invoice24.catalog;

import com.invoice24.shared.Paging;
import com.invoice24.shared.ResultPage;
import com.invoice24.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/invoice-templates")
@Tag(name = "Invoice templates", description = "Default lines, notes, terms and attachments per billing model")
class TemplateApi {

    private final Catalog catalog;

    TemplateApi(Catalog catalog) {
        this.catalog = catalog;
    }

    record TemplateView(UUID id, String name, BillingModel billingModel, List<LineView> lines, String notes,
                        @Nullable Integer paymentTermsDays, Set<SupportingDocument> attachments) {

        static TemplateView of(InvoiceTemplate template) {
            return new TemplateView(template.id().value(), template.name(), template.billingModel(),
                    template.lines().stream().map(LineView::of).toList(), template.notes(),
                    template.paymentTermsDays(), template.attachments());
        }
    }

    @Schema(name = "TemplateLineView")
    record LineView(@Nullable UUID itemId, String description, BigDecimal quantity, Unit unit, BigDecimal unitPrice,
                    boolean taxable) {

        static LineView of(TemplateLine line) {
            return new LineView(line.itemId() == null ? null : line.itemId().value(), line.description(),
                    line.quantity(), line.unit(), line.unitPrice(), line.taxable());
        }
    }

    @GetMapping
    ResultPage<TemplateView> list(@AuthenticationPrincipal CurrentUser user,
                                  Paging paging) {
        ResultPage<InvoiceTemplate> found = catalog.templates(user.workspaceId(), paging.page(), paging.size());
        return new ResultPage<>(found.items().stream().map(TemplateView::of).toList(), found.page(), found.size(),
                found.total());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TemplateView create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody TemplateRequest request) {
        return TemplateView.of(catalog.add(user.workspaceId(), request));
    }

    @GetMapping("/{id}")
    TemplateView show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return TemplateView.of(catalog.template(user.workspaceId(), new TemplateId(id)));
    }

    @PutMapping("/{id}")
    TemplateView update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                        @Valid @RequestBody TemplateRequest request) {
        return TemplateView.of(catalog.revise(user.workspaceId(), new TemplateId(id), request));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        catalog.delete(user.workspaceId(), new TemplateId(id));
    }
}
