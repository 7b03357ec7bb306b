package com.invoice24.reporting;

import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.FormErrors;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.RefusedRequestException;
import com.invoice24.workspace.CurrentUser;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The exports page: choose a period, download each file. Downloads are served here as well as under
 * {@code /api/v1}, because the API takes only tokens and the page is signed in with a session.
 */
@Controller
class ExportController {

    private static final String PAGE = "reporting/exports";

    private final AccountantExports exports;
    private final Invoicing invoicing;
    private final FormErrors forms;

    ExportController(AccountantExports exports, Invoicing invoicing, FormErrors forms) {
        this.exports = exports;
        this.invoicing = invoicing;
        this.forms = forms;
    }

    @GetMapping("/reports/exports")
    String exportsPage(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") @Nullable ExportPeriod form,
                       BindingResult result, Model model) {
        DateRange range = null;
        if (form != null && form.from() == null && form.to() == null && !result.hasErrors()) {
            // Month to date is what an accountant most often asks for.
            LocalDate today = invoicing.today(user.workspaceId());
            range = new DateRange(today.withDayOfMonth(1), today);
            model.addAttribute("form", new ExportPeriod(range.from(), range.to()));
        } else if (!forms.invalid(form, result) && form != null) {
            try {
                range = form.range();
            } catch (RefusedRequestException refused) {
                forms.reject(refused, result);
            }
        }
        model.addAttribute("range", range);
        model.addAttribute("exports", Export.values());
        return PAGE;
    }

    @GetMapping("/reports/exports/{name}.csv")
    ResponseEntity<String> download(@AuthenticationPrincipal CurrentUser user, @PathVariable String name,
                                    ExportPeriod period) {
        Export export = Export.bySlug(name).orElseThrow(() -> new NotFoundException("Export " + name));
        return exports.csv(export, user.workspaceId(), period.range()).download();
    }
}
