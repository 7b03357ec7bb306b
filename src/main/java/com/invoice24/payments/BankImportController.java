package com.invoice24.payments;

import com.invoice24.clients.Clients;
import com.invoice24.shared.FormErrors;
import com.invoice24.shared.RefusedRequestException;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.CurrentUser;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

/** The bank-import pages: uploading a statement, its result, CSV mappings, and the review queue. */
@Controller
class BankImportController {

    private static final String IMPORT = "payments/bank-import";

    private final BankImporting importing;
    private final Clients clients;
    private final FormErrors forms;

    BankImportController(BankImporting importing, Clients clients, FormErrors forms) {
        this.importing = importing;
        this.clients = clients;
        this.forms = forms;
    }

    @GetMapping("/payments/import")
    String initImportForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, new BankImportMapping.Request(null, null, null, null, null, null, null, "MM/dd/yyyy", true),
                model);
    }

    @PostMapping("/payments/import")
    @PreAuthorize("hasAuthority('MANAGE_MONEY')")
    String processImportForm(@AuthenticationPrincipal CurrentUser user,
                             @RequestParam(required = false) @Nullable MultipartFile file,
                             @RequestParam(required = false) @Nullable StatementFormat format,
                             @RequestParam(required = false) @Nullable UUID mappingId, Model model,
                             RedirectAttributes flash) throws IOException {
        try {
            BankImport imported = importing.importFile(user, file == null ? null : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes(), format, mappingId);
            flash.addFlashAttribute("message", "Imported " + imported.lines().size() + " deposits: "
                    + imported.applied() + " applied, " + imported.needsReview() + " for review, "
                    + imported.alreadyImported() + " already imported.");
            return "redirect:/payments/import/" + imported.id();
        } catch (RefusedRequestException refused) {
            model.addAttribute("importError", refused.getMessage());
            model.addAttribute("importProblems", refused.problems());
            return initImportForm(user, model);
        }
    }

    @PostMapping("/payments/import/mappings")
    @PreAuthorize("hasAuthority('MANAGE_MONEY')")
    String processMappingForm(@AuthenticationPrincipal CurrentUser user,
                              @ModelAttribute("mappingForm") BankImportMapping.Request form, BindingResult result,
                              Model model, RedirectAttributes flash) {
        if (forms.invalid(form, result)) {
            return page(user, form, model);
        }
        try {
            BankImportMapping mapping = importing.saveMapping(user.workspaceId(), form);
            flash.addFlashAttribute("message", "Mapping \"" + mapping.name() + "\" saved; choose it when you import.");
            return "redirect:/payments/import";
        } catch (RefusedRequestException refused) {
            forms.reject(refused, result);
            return page(user, form, model);
        }
    }

    @GetMapping("/payments/import/{id}")
    String result(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        BankImport bankImport = importing.bankImport(user.workspaceId(), id);
        model.addAttribute("bankImport", bankImport);
        model.addAttribute("suggestions", importing.suggestions(user.workspaceId(), bankImport.lines()));
        return "payments/bank-import-result";
    }

    @GetMapping("/payments/review")
    String review(@AuthenticationPrincipal CurrentUser user, Model model) {
        var lines = importing.lines(user.workspaceId(), BankLine.Status.REVIEW, 0, 200);
        model.addAttribute("lines", lines);
        model.addAttribute("suggestions", importing.suggestions(user.workspaceId(), lines.items()));
        model.addAttribute("clients", clients.ofWorkspace(user.workspaceId()));
        return "payments/bank-review";
    }

    @PostMapping("/payments/review/{id}/apply")
    @PreAuthorize("hasAuthority('MANAGE_MONEY')")
    String apply(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                 @RequestParam(required = false) @Nullable UUID clientId,
                 @RequestParam(required = false) @Nullable List<UUID> invoiceIds, RedirectAttributes flash) {
        try {
            Payment payment = importing.applySuggestion(user, id, clientId, invoiceIds == null ? List.of() : invoiceIds);
            flash.addFlashAttribute("message", "Deposit of $" + payment.amount().formatted() + " recorded as a payment.");
        } catch (RefusedRequestException | WrongStateException refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/payments/review";
    }

    @PostMapping("/payments/review/{id}/dismiss")
    @PreAuthorize("hasAuthority('MANAGE_MONEY')")
    String dismiss(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        try {
            importing.dismiss(user, id, reason);
            flash.addFlashAttribute("message", "Deposit dismissed: " + reason.trim());
        } catch (RefusedRequestException | WrongStateException refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/payments/review";
    }

    private String page(CurrentUser user, BankImportMapping.Request form, Model model) {
        model.addAttribute("mappingForm", form);
        model.addAttribute("formats", StatementFormat.values());
        model.addAttribute("mappings", importing.mappings(user.workspaceId()));
        model.addAttribute("imports", importing.list(user.workspaceId(), 0, 20));
        return IMPORT;
    }
}
