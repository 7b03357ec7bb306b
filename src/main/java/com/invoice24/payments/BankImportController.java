package com.invoice24.payments;

import com.invoice24.clients.Clients;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.FormErrors;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.Money;
import com.invoice24.shared.RefusedRequestException;
import com.invoice24.shared.TypedNumbers;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.CurrentUser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bank-import pages: uploading a statement, its result, CSV mappings, and the review queue. */
@Controller
class BankImportController {

    private static final String IMPORT = "payments/bank-import";
    private static final String REVIEW = "payments/bank-review";

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
        model.addAttribute("likely", importing.likelyInvoices(user.workspaceId(), lines.items()));
        model.addAttribute("clients", clients.ofWorkspace(user.workspaceId()));
        return REVIEW;
    }

    /** What was ticked and typed on a deposit whose apply was refused, shown again with the reason. */
    record Kept(UUID lineId, String reason, List<String> invoiceIds, Map<String, String> typed) {

        public String amountFor(Object invoiceId) {
            return typed.getOrDefault("amount-" + invoiceId, "");
        }
    }

    @PostMapping("/payments/review/{id}/apply")
    String applyPicked(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                       @RequestParam(required = false) @Nullable List<String> invoiceIds,
                       @RequestParam Map<String, String> typed, Model model, RedirectAttributes flash) {
        List<String> ticked = invoiceIds == null ? List.of() : invoiceIds;
        try {
            List<BankImporting.Pick> picks = new ArrayList<>();
            for (String invoice : ticked) {
                UUID invoiceId = uuid(invoice);
                picks.add(new BankImporting.Pick(invoiceId, amount(typed.get("amount-" + invoiceId))));
            }
            applied(importing.applyPicked(user, id, picks), flash);
            return "redirect:/payments/review";
        } catch (RefusedRequestException | WrongStateException refused) {
            return refused(user, new Kept(id, refused.getMessage(), ticked, typed), model);
        }
    }

    @PostMapping("/payments/review/{id}/client")
    String applyToClient(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                         @RequestParam(required = false) @Nullable String clientId,
                         @RequestParam(defaultValue = "oldest") String how, Model model, RedirectAttributes flash) {
        try {
            UUID client = clientId == null || clientId.isBlank() ? null : uuid(clientId);
            applied("credit".equals(how) ? importing.keepAsCredit(user, id, client)
                    : importing.apply(user, id, client, null), flash);
            return "redirect:/payments/review";
        } catch (RefusedRequestException | WrongStateException refused) {
            return refused(user, new Kept(id, refused.getMessage(), List.of(),
                    Map.of("clientId", clientId == null ? "" : clientId)), model);
        }
    }

    private String refused(CurrentUser user, Kept kept, Model model) {
        model.addAttribute("kept", kept);
        return review(user, model);
    }

    private static void applied(Payment payment, RedirectAttributes flash) {
        List<String> paid = payment.allocations().stream()
                .map(allocation -> allocation.invoiceNumber() + " $" + allocation.amount().formatted()).toList();
        flash.addFlashAttribute("message", "Deposit of $" + payment.amount().formatted() + " recorded: "
                + (paid.isEmpty() ? "" : "paid " + String.join(", ", paid))
                + (payment.unapplied().isPositive() ? (paid.isEmpty() ? "" : "; ") + "$"
                + payment.unapplied().formatted() + " kept as the client's credit" : "") + ".");
    }

    private static UUID uuid(String typed) {
        try {
            return UUID.fromString(typed.trim());
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidRequestException("An invoice ticked is no longer open; it may have been paid meanwhile.",
                    List.of(new FieldProblem("invoiceIds", "Tick only open invoices")));
        }
    }

    /** An amount as a person types it ("1,200.00", "$1,200"); blank is none. */
    private static @Nullable Money amount(@Nullable String typed) {
        try {
            BigDecimal amount = typed == null ? null : TypedNumbers.parse(typed);
            return amount == null ? null : Money.of(amount);
        } catch (IllegalArgumentException notAnAmount) {
            throw new InvalidRequestException("\"" + typed.strip() + "\" is not an amount; type one such as 1,200.00.",
                    List.of(new FieldProblem("amount", "Type an amount such as 1,200.00")));
        }
    }

    @PostMapping("/payments/review/{id}/dismiss")
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
