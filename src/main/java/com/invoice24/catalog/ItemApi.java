package com.invoice24.catalog;

import com.invoice24.clients.ClientId;
import com.invoice24.shared.Paging;
import com.invoice24.shared.ResultPage;
import com.invoice24.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
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
@RequestMapping("/api/v1/items")
@Tag(name = "Items", description = "The service-item library, with client-specific rates")
class ItemApi {

    private final Catalog catalog;

    ItemApi(Catalog catalog) {
        this.catalog = catalog;
    }

    record ItemView(UUID id, String name, String description, Unit unit, BigDecimal unitPrice, boolean taxable,
                    @Nullable String category, boolean archived, List<RateView> clientRates) {

        static ItemView of(Item item) {
            return new ItemView(item.id().value(), item.name(), item.description(), item.unit(), item.unitPrice(),
                    item.taxable(), item.category(), item.archived(),
                    item.clientRates().stream().map(RateView::of).toList());
        }
    }

    record RateView(UUID clientId, BigDecimal unitPrice) {

        static RateView of(ClientRate rate) {
            return new RateView(rate.clientId().value(), rate.unitPrice());
        }
    }

    @GetMapping
    ResultPage<ItemView> list(@AuthenticationPrincipal CurrentUser user,
                              @RequestParam(defaultValue = "") String q,
                              @RequestParam(defaultValue = "false") boolean includeArchived,
                              Paging paging) {
        ResultPage<Item> found = catalog.items(user.workspaceId(),
                new ItemQuery(q, includeArchived, paging.page(), paging.size()));
        return new ResultPage<>(found.items().stream().map(ItemView::of).toList(), found.page(), found.size(),
                found.total());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ItemView create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ItemRequest request) {
        return ItemView.of(catalog.add(user.workspaceId(), request));
    }

    @GetMapping("/{id}")
    ItemView show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return ItemView.of(catalog.item(user.workspaceId(), new ItemId(id)));
    }

    @PutMapping("/{id}")
    ItemView update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                    @Valid @RequestBody ItemRequest request) {
        return ItemView.of(catalog.revise(user.workspaceId(), new ItemId(id), request));
    }

    /** Archived items are left out of lists and pickers; invoices and templates that name them keep them. */
    @PostMapping("/{id}/archive")
    ItemView archive(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return ItemView.of(catalog.archive(user.workspaceId(), new ItemId(id)));
    }

    @PostMapping("/{id}/restore")
    ItemView restore(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return ItemView.of(catalog.restore(user.workspaceId(), new ItemId(id)));
    }

    /** The client pays this unit price for the item instead of the item's own. */
    @PutMapping("/{id}/client-rates/{clientId}")
    ItemView setRate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID clientId,
                     @Valid @RequestBody RateRequest request) {
        return ItemView.of(catalog.setRate(user.workspaceId(), new ItemId(id), new ClientId(clientId),
                request.unitPrice()));
    }

    @DeleteMapping("/{id}/client-rates/{clientId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeRate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID clientId) {
        catalog.removeRate(user.workspaceId(), new ItemId(id), new ClientId(clientId));
    }
}
