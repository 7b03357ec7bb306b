package com.invoice24.clients;

import com.invoice24.shared.FormErrors;
import com.invoice24.shared.Money;
import com.invoice24.shared.RefusedRequestException;
import com.invoice24.shared.ResultPage;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client pages: the list with its filters, the billing profile form, and a client's page. */
@Controller
class ClientController {

    private static final String FORM = "clients/form";
    private static final int PAGE_SIZE = 50;
    private static final String INCOMPLETE = "The form arrived incomplete; nothing was saved. Please try again.";

    private final ClientOnboarding onboarding;
    private final WorkspaceSettingsService workspaces;
    private final FormErrors forms;

    ClientController(ClientOnboarding onboarding, WorkspaceSettingsService workspaces, FormErrors forms) {
        this.onboarding = onboarding;
        this.workspaces = workspaces;
        this.forms = forms;
    }

    @GetMapping("/clients")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "all") String show, @RequestParam(defaultValue = "0") int page,
                Model model) {
        ClientFilter filter = switch (show) {
            case "on-hold" -> new ClientFilter(q, true, null, null, null);
            case "missing-onboarding" -> new ClientFilter(q, null, true, null, null);
            case "open-balance" -> new ClientFilter(q, null, null, true, null);
            case "archived" -> new ClientFilter(q, null, null, null, true);
            default -> new ClientFilter(q, null, null, null, null);
        };
        ResultPage<ClientAccount> clients = onboarding.list(user.workspaceId(), filter, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("clients", clients);
        model.addAttribute("q", q);
        model.addAttribute("show", show);
        model.addAttribute("defaultTerms", workspaces.settingsOf(user.workspaceId()).defaultPaymentTerms());
        return "clients/list";
    }

    @GetMapping("/clients/new")
    String initCreationForm(Model model) {
        model.addAttribute("form", emptyForm());
        return FORM;
    }

    @PostMapping("/clients/new")
    String processCreationForm(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ClientRequest form,
                               BindingResult result, RedirectAttributes flash) {
        if (incomplete(form, result)) {
            flash.addFlashAttribute("error", INCOMPLETE);
            return "redirect:/clients/new";
        }
        if (forms.invalid(form, result)) {
            return FORM;
        }
        try {
            Client client = onboarding.onboard(user.workspaceId(), form);
            flash.addFlashAttribute("message", client.name() + " added. The checklist shows what is still missing.");
            return "redirect:/clients/" + client.id();
        } catch (RefusedRequestException refused) {
            forms.reject(refused, result);
            return FORM;
        }
    }

    @GetMapping("/clients/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        ClientAccount account = onboarding.account(user.workspaceId(), new ClientId(id));
        model.addAttribute("account", account);
        model.addAttribute("client", account.client());
        model.addAttribute("profile", account.client().profile());
        model.addAttribute("checklist", OnboardingItem.values());
        model.addAttribute("terms", account.client().paymentTerms(
                workspaces.settingsOf(user.workspaceId()).defaultPaymentTerms()));
        model.addAttribute("purchaseOrders", onboarding.purchaseOrders(user.workspaceId(), new ClientId(id)));
        if (!model.containsAttribute("po")) {
            model.addAttribute("po", new PurchaseOrderRequest("", Money.zero(), null, null, null, false));
        }
        return "clients/show";
    }

    @GetMapping("/clients/{id}/edit")
    String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Client client = onboarding.client(user.workspaceId(), new ClientId(id));
        model.addAttribute("form", formOf(client.profile()));
        model.addAttribute("clientId", id);
        return FORM;
    }

    @PostMapping("/clients/{id}/edit")
    String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                             @ModelAttribute("form") ClientRequest form, BindingResult result, Model model,
                             RedirectAttributes flash) {
        model.addAttribute("clientId", id);
        if (incomplete(form, result)) {
            flash.addFlashAttribute("error", INCOMPLETE);
            return "redirect:/clients/" + id + "/edit";
        }
        if (forms.invalid(form, result)) {
            return FORM;
        }
        try {
            Client client = onboarding.revise(user.workspaceId(), new ClientId(id), form);
            flash.addFlashAttribute("message", "Billing profile of " + client.name() + " saved.");
            return "redirect:/clients/" + id;
        } catch (RefusedRequestException refused) {
            forms.reject(refused, result);
            return FORM;
        }
    }

    @PostMapping("/clients/{id}/archive")
    String archive(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        Client client = onboarding.archive(user.workspaceId(), new ClientId(id));
        flash.addFlashAttribute("message", client.name() + " archived. Its history stays; it leaves the lists.");
        return "redirect:/clients/" + id;
    }

    @PostMapping("/clients/{id}/restore")
    String restore(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        Client client = onboarding.restore(user.workspaceId(), new ClientId(id));
        flash.addFlashAttribute("message", client.name() + " is active again.");
        return "redirect:/clients/" + id;
    }

    @PostMapping("/clients/{id}/purchase-orders")
    String addPurchaseOrder(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                            @ModelAttribute("po") PurchaseOrderRequest po, BindingResult result, Model model,
                            RedirectAttributes flash) {
        if (forms.invalid(po, result)) {
            return show(user, id, model);
        }
        try {
            onboarding.addPurchaseOrder(user.workspaceId(), new ClientId(id), po);
        } catch (RefusedRequestException refused) {
            forms.reject(refused, result);
            return show(user, id, model);
        }
        flash.addFlashAttribute("message", "PO " + po.number().trim() + " added.");
        return "redirect:/clients/" + id;
    }

    /**
     * A browser posts every part of the form; a request that lacks one cannot be shown again. (A form
     * whose values did not all convert has no target yet and goes on to show its errors.)
     */
    private static boolean incomplete(ClientRequest form, BindingResult result) {
        return result.getTarget() != null && (form.address() == null || form.billingContact() == null || form.apContact() == null
                || form.vendorOnboarding() == null);
    }

    private static ClientRequest emptyForm() {
        return formOf(BillingProfile.named(""));
    }

    private static ClientRequest formOf(BillingProfile profile) {
        @Nullable Integer days = profile.paymentTerms() == null ? null : profile.paymentTerms().days();
        return new ClientRequest(profile.name(), profile.legalName(), profile.billingEmail(), profile.ccEmails(),
                profile.billingContact(), profile.apContact(), profile.address(), days,
                profile.paymentTerms() == null ? null : profile.paymentTerms().basis(), profile.poRequired(),
                profile.defaultPoNumber(), profile.deliveryMethod(), profile.apPortalUrl(),
                profile.paymentMethodPreference(), profile.apPaymentRunDays(), profile.taxExempt(),
                profile.taxExemptionCertificateOnFile(), profile.vendorOnboarding(), profile.invoiceFormatNotes(),
                profile.notes(), profile.vendorNumber());
    }
}
