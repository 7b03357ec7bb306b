package com.invoice24.catalog;

import com.invoice24.clients.Client;
import com.invoice24.clients.ClientId;
import com.invoice24.clients.Clients;
import com.invoice24.shared.FormErrors;
import com.invoice24.shared.ResultPage;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.Permission;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings › Service items: the library, one item's form, and its client rates. */
@Controller
class ItemController {

    private static final String LIST = "catalog/items";
    private static final String FORM = "catalog/item";
    private static final int PAGE_SIZE = 50;

    private final Catalog catalog;
    private final Clients clients;
    private final FormErrors forms;

    ItemController(Catalog catalog, Clients clients, FormErrors forms) {
        this.catalog = catalog;
        this.clients = clients;
        this.forms = forms;
    }

    /** A client rate as the item page lists it, with the client's name. */
    record RateRow(ClientId clientId, String clientName, BigDecimal unitPrice) {
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("canManage")
    boolean canManage(@AuthenticationPrincipal CurrentUser user) {
        return user.can(Permission.MANAGE_SETTINGS);
    }

    @GetMapping("/settings/items")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "false") boolean includeArchived,
                @RequestParam(defaultValue = "0") int page, Model model) {
        ResultPage<Item> items = catalog.items(user.workspaceId(),
                new ItemQuery(q, includeArchived, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("items", items);
        model.addAttribute("q", q);
        model.addAttribute("includeArchived", includeArchived);
        return LIST;
    }

    @GetMapping("/settings/items/new")
    String initCreationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        return form(model, user, null, new ItemForm());
    }

    @PostMapping("/settings/items/new")
    String processCreationForm(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ItemForm form,
                               BindingResult result, Model model, RedirectAttributes flash) {
        if (forms.invalid(form.toRequest(), result)) {
            return form(model, user, null, form);
        }
        Item item = catalog.add(user.workspaceId(), form.toRequest());
        flash.addFlashAttribute("message", "\"" + item.name() + "\" is in your service library.");
        return "redirect:/settings/items/" + item.id();
    }

    @GetMapping("/settings/items/{id}")
    String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Item item = catalog.item(user.workspaceId(), new ItemId(id));
        return form(model, user, item, ItemForm.of(item));
    }

    @PostMapping("/settings/items/{id}")
    String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                             @ModelAttribute("form") ItemForm form, BindingResult result, Model model,
                             RedirectAttributes flash) {
        ItemId itemId = new ItemId(id);
        if (forms.invalid(form.toRequest(), result)) {
            return form(model, user, catalog.item(user.workspaceId(), itemId), form);
        }
        catalog.revise(user.workspaceId(), itemId, form.toRequest());
        flash.addFlashAttribute("message", "Item saved.");
        return "redirect:/settings/items/" + id;
    }

    @PostMapping("/settings/items/{id}/archive")
    String archive(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        catalog.archive(user.workspaceId(), new ItemId(id));
        flash.addFlashAttribute("message", "Item archived. It is no longer offered for new invoices.");
        return "redirect:/settings/items/" + id;
    }

    @PostMapping("/settings/items/{id}/restore")
    String restore(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        catalog.restore(user.workspaceId(), new ItemId(id));
        flash.addFlashAttribute("message", "Item restored.");
        return "redirect:/settings/items/" + id;
    }

    @PostMapping("/settings/items/{id}/client-rates")
    String processRateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                           @ModelAttribute("rateForm") RateForm rateForm, BindingResult result, Model model,
                           RedirectAttributes flash) {
        Item item = catalog.item(user.workspaceId(), new ItemId(id));
        ClientId client = rateForm.client();
        if (client == null) {
            result.rejectValue("clientId", "clientRequired", "Choose a client");
        }
        if (forms.invalid(rateForm.toRequest(), result) || client == null) {
            return form(model, user, item, ItemForm.of(item));
        }
        catalog.setRate(user.workspaceId(), item.id(), client, rateForm.toRequest().unitPrice());
        flash.addFlashAttribute("message", "Rate saved for " + clientName(user, client) + ".");
        return "redirect:/settings/items/" + id;
    }

    @PostMapping("/settings/items/{id}/client-rates/{clientId}/delete")
    String removeRate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID clientId,
                      RedirectAttributes flash) {
        ClientId client = new ClientId(clientId);
        catalog.removeRate(user.workspaceId(), new ItemId(id), client);
        flash.addFlashAttribute("message", clientName(user, client) + " pays the item's own price again.");
        return "redirect:/settings/items/" + id;
    }

    private String form(Model model, CurrentUser user, @Nullable Item item, ItemForm form) {
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("units", Unit.values());
        if (item != null) {
            model.addAttribute("rates", item.clientRates().stream()
                    .map(rate -> new RateRow(rate.clientId(), clientName(user, rate.clientId()), rate.unitPrice()))
                    .toList());
            model.addAttribute("clients", clients.ofWorkspace(user.workspaceId()));
            if (!model.containsAttribute("rateForm")) {
                model.addAttribute("rateForm", new RateForm());
            }
        }
        return FORM;
    }

    private String clientName(CurrentUser user, ClientId client) {
        return clients.find(user.workspaceId(), client).map(Client::name).orElse("The client");
    }
}
