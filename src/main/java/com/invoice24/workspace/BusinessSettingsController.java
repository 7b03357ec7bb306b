package com.invoice24.workspace;

import com.invoice24.shared.Downloads;
import com.invoice24.shared.FormErrors;
import com.invoice24.shared.RefusedRequestException;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings › Business: who the provider is on paper, billing defaults, payment instructions, logo. */
@Controller
class BusinessSettingsController {

    private static final String VIEW = "settings/business";
    private static final List<String> US_TIME_ZONES = List.of("America/New_York", "America/Chicago",
            "America/Denver", "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu",
            "America/Puerto_Rico");

    private final WorkspaceSettingsService settings;
    private final WorkspaceLogos logos;
    private final W9Forms w9Forms;
    private final FormErrors forms;
    private final Clock clock;

    BusinessSettingsController(WorkspaceSettingsService settings, WorkspaceLogos logos, W9Forms w9Forms,
                               FormErrors forms, Clock clock) {
        this.settings = settings;
        this.logos = logos;
        this.w9Forms = w9Forms;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/settings")
    String settings() {
        return "redirect:/settings/business";
    }

    @GetMapping("/settings/business")
    String initBusinessForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        WorkspaceSettings current = settings.settingsOf(user.workspaceId());
        return page(user, model, new WorkspaceSettingsRequest(current.name(), current.legalName(), current.ein(),
                current.email(), current.phone(), current.address(), current.defaultPaymentTerms().days(),
                current.defaultPaymentTerms().basis(), current.invoiceNumberPattern().pattern(),
                current.rollDueDateToBusinessDay(), current.salesTaxRatePercent(), current.paymentInstructions(),
                current.timeZone().getId(), current.w9Offer(), null));
    }

    @PostMapping("/settings/business")
    String processBusinessForm(@AuthenticationPrincipal CurrentUser user,
                               @ModelAttribute("form") WorkspaceSettingsRequest form, BindingResult result,
                               Model model, RedirectAttributes flash) {
        if (form.address() == null || form.paymentInstructions() == null) {
            flash.addFlashAttribute("error", "The form arrived incomplete; nothing was saved. Please try again.");
            return "redirect:/settings/business";
        }
        if (forms.invalid(form, result)) {
            return page(user, model, form);
        }
        try {
            settings.change(user.workspaceId(), user, form);
        } catch (RefusedRequestException refused) {
            forms.reject(refused, result);
            return page(user, model, form);
        }
        flash.addFlashAttribute("message", "Business settings saved.");
        return "redirect:/settings/business";
    }

    /** The live preview under the pattern field (htmx, as the user types). */
    @GetMapping("/settings/business/number-preview")
    String previewNumber(@AuthenticationPrincipal CurrentUser user, @RequestParam String invoiceNumberPattern,
                         Model model) {
        ZoneId zone = settings.settingsOf(user.workspaceId()).timeZone();
        InvoiceNumberPattern.problemWith(invoiceNumberPattern).ifPresentOrElse(
                problem -> model.addAttribute("previewProblem", problem),
                () -> model.addAttribute("preview", new InvoiceNumberPattern(invoiceNumberPattern)
                        .format(LocalDate.now(clock.withZone(zone)), 1)));
        return VIEW + " :: preview";
    }

    @PostMapping("/settings/business/logo")
    String uploadLogo(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file,
                      RedirectAttributes flash) throws IOException {
        try {
            logos.replace(user.workspaceId(), file.getBytes());
            flash.addFlashAttribute("message", "Logo saved. It appears at the top of your invoices.");
        } catch (RefusedRequestException refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/settings/business";
    }

    @PostMapping("/settings/business/logo/remove")
    String removeLogo(@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        logos.remove(user.workspaceId());
        flash.addFlashAttribute("message", "Logo removed.");
        return "redirect:/settings/business";
    }

    @PostMapping("/settings/business/w9")
    String uploadW9(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file,
                    RedirectAttributes flash) throws IOException {
        try {
            w9Forms.replace(user.workspaceId(), file.getBytes());
            flash.addFlashAttribute("message", "W-9 saved. Choose \"Attach our W-9 to invoice emails\" above to send it.");
        } catch (RefusedRequestException refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/settings/business";
    }

    @PostMapping("/settings/business/w9/remove")
    String removeW9(@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        try {
            w9Forms.remove(user.workspaceId(), settings.settingsOf(user.workspaceId()).w9Offer());
            flash.addFlashAttribute("message", "W-9 removed.");
        } catch (RefusedRequestException refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/settings/business";
    }

    @GetMapping("/workspace/w9")
    ResponseEntity<byte[]> w9(@AuthenticationPrincipal CurrentUser user) {
        return w9Forms.w9Of(user.workspaceId())
                .map(pdf -> Downloads.attachment(W9Forms.FILENAME, MediaType.APPLICATION_PDF).body(pdf))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/workspace/logo")
    ResponseEntity<byte[]> logo(@AuthenticationPrincipal CurrentUser user) {
        return logos.logoOf(user.workspaceId())
                .map(logo -> ResponseEntity.ok().contentType(logo.contentType()).body(logo.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private String page(CurrentUser user, Model model, WorkspaceSettingsRequest form) {
        WorkspaceSettings current = settings.settingsOf(user.workspaceId());
        model.addAttribute("form", form);
        model.addAttribute("hasLogo", logos.hasLogo(user.workspaceId()));
        model.addAttribute("hasW9", w9Forms.hasW9(user.workspaceId()));
        model.addAttribute("w9Offers", W9Offer.values());
        model.addAttribute("timeZones", US_TIME_ZONES);
        model.addAttribute("preview", current.invoiceNumberPattern()
                .format(LocalDate.now(clock.withZone(current.timeZone())), 1));
        model.addAttribute("instructionsNeedOwnerPassword", !current.paymentInstructions().noneSetUp());
        model.addAttribute("instructionsChangedOn", settings.paymentInstructionsChangedAt(user.workspaceId())
                .map(at -> LocalDate.ofInstant(at, current.timeZone())).orElse(null));
        return VIEW;
    }
}
