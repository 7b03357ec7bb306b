package com.invoice24.catalog;

import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FormErrors;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.Permission;
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

/** Settings › Invoice templates: the list, and one template's form with its lines. */
@Controller
class TemplateController {

    private static final String LIST = "catalog/templates";
    private static final String FORM = "catalog/template";
    private static final int PAGE_SIZE = 50;

    private final Catalog catalog;
    private final FormErrors forms;

    TemplateController(Catalog catalog, FormErrors forms) {
        this.catalog = catalog;
        this.forms = forms;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("canManage")
    boolean canManage(@AuthenticationPrincipal CurrentUser user) {
        return user.can(Permission.MANAGE_SETTINGS);
    }

    @GetMapping("/settings/templates")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("templates", catalog.templates(user.workspaceId(), Math.max(page, 0), PAGE_SIZE));
        return LIST;
    }

    @GetMapping("/settings/templates/new")
    String initCreationForm(Model model) {
        return form(model, null, TemplateForm.empty());
    }

    @PostMapping("/settings/templates/new")
    String processCreationForm(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") TemplateForm form,
                               BindingResult result, Model model, RedirectAttributes flash) {
        if (invalid(form.withoutEmptyRows(), result)) {
            return form(model, null, form.withEmptyRows());
        }
        try {
            InvoiceTemplate template = catalog.add(user.workspaceId(), form.toRequest());
            flash.addFlashAttribute("message", "Template \"" + template.name() + "\" saved.");
            return "redirect:/settings/templates/" + template.id();
        } catch (BusinessRuleException refused) {
            forms.reject(refused, result);
            return form(model, null, form.withEmptyRows());
        }
    }

    @GetMapping("/settings/templates/{id}")
    String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        InvoiceTemplate template = catalog.template(user.workspaceId(), new TemplateId(id));
        return form(model, template, TemplateForm.of(template));
    }

    @PostMapping("/settings/templates/{id}")
    String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                             @ModelAttribute("form") TemplateForm form, BindingResult result, Model model,
                             RedirectAttributes flash) {
        TemplateId templateId = new TemplateId(id);
        if (invalid(form.withoutEmptyRows(), result)) {
            return form(model, catalog.template(user.workspaceId(), templateId), form.withEmptyRows());
        }
        try {
            catalog.revise(user.workspaceId(), templateId, form.toRequest());
        } catch (BusinessRuleException refused) {
            forms.reject(refused, result);
            return form(model, catalog.template(user.workspaceId(), templateId), form.withEmptyRows());
        }
        flash.addFlashAttribute("message", "Template saved.");
        return "redirect:/settings/templates/" + id;
    }

    @PostMapping("/settings/templates/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        catalog.delete(user.workspaceId(), new TemplateId(id));
        flash.addFlashAttribute("message", "Template deleted.");
        return "redirect:/settings/templates";
    }

    private boolean invalid(TemplateForm form, BindingResult result) {
        if (!form.paymentTermsReadable()) {
            result.rejectValue("paymentTermsDays", "wholeDays", "Enter a whole number of days, or leave it empty");
        }
        return forms.invalid(form.toRequest(), result);
    }

    private String form(Model model, @Nullable InvoiceTemplate template, TemplateForm form) {
        model.addAttribute("template", template);
        model.addAttribute("form", form);
        model.addAttribute("billingModels", BillingModel.values());
        model.addAttribute("units", Unit.values());
        model.addAttribute("documents", SupportingDocument.values());
        return FORM;
    }
}
