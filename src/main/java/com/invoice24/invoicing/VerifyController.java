package com.invoice24.invoicing;

import com.invoice24.shared.Downloads;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public page where anyone holding an invoice enters the code printed on it ({@link InvoiceVerification}).
 * No sign-in and nothing of the provider's app around it: the portal's security chain serves {@code /verify}
 * (CSRF on the form, never indexed or cached, a strict content policy). Whatever is typed, the answer is this
 * page: an invoice, "no invoice has this code", or how the code should look.
 */
@Controller
class VerifyController {

    private static final String VIEW = "invoicing/verify";

    private final InvoiceVerification verification;
    private final VerificationThrottle throttle;

    VerifyController(InvoiceVerification verification, VerificationThrottle throttle) {
        this.verification = verification;
        this.throttle = throttle;
    }

    /** The portal's layout, without its word about private links: anyone may open this page. */
    @ModelAttribute("openToAnyone")
    boolean openToAnyone() {
        return true;
    }

    @GetMapping(InvoiceVerification.PAGE)
    String form() {
        return VIEW;
    }

    @PostMapping(InvoiceVerification.PAGE)
    ModelAndView verify(@RequestParam(name = "code", required = false) @Nullable String typed,
                        HttpServletRequest request) {
        ModelAndView page = new ModelAndView(VIEW);
        Optional<VerificationCode> code = Optional.ofNullable(typed).flatMap(VerificationCode::read);
        if (code.isEmpty()) {
            page.addObject("typed", typed == null ? "" : shortened(typed));
            page.addObject("problem", "A code has 10 letters and digits, printed as 7KQ4-M2XD-9P near the "
                    + "payment instructions. Enter it as it is printed.");
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
        page.addObject("typed", code.get().formatted());
        try {
            VerificationThrottle.Admission admitted = throttle.admit(request.getRemoteAddr());
            Optional<InvoiceVerification.Verified> found = verification.find(code.get());
            if (found.isPresent()) {
                throttle.found(admitted);
                page.addObject("invoice", found.get());
            } else {
                page.addObject("notFound", true);
                page.setStatus(HttpStatus.NOT_FOUND);
            }
        } catch (VerificationThrottle.Throttled throttled) {
            throttledPage(page, throttled);
        }
        return page;
    }

    /** The PDF as sent; a code that finds nothing answers with the page that says so. */
    @GetMapping(InvoiceVerification.PAGE + "/{typed}/pdf")
    Object pdf(@PathVariable String typed, HttpServletRequest request) {
        Optional<VerificationCode> code = VerificationCode.read(typed);
        ModelAndView page = new ModelAndView(VIEW);
        page.addObject("typed", code.map(VerificationCode::formatted).orElse(shortened(typed)));
        try {
            Optional<InvoiceVerification.Pdf> pdf = Optional.empty();
            if (code.isPresent()) {
                VerificationThrottle.Admission admitted = throttle.admit(request.getRemoteAddr());
                pdf = verification.pdfAsSent(code.get());
                pdf.ifPresent(found -> throttle.found(admitted));
            }
            if (pdf.isPresent()) {
                return Downloads.inline(pdf.get().filename(), MediaType.APPLICATION_PDF).body(pdf.get().bytes());
            }
            page.addObject("notFound", true);
            page.setStatus(HttpStatus.NOT_FOUND);
            return page;
        } catch (VerificationThrottle.Throttled throttled) {
            return throttledPage(page, throttled);
        }
    }

    private static ModelAndView throttledPage(ModelAndView page, VerificationThrottle.Throttled throttled) {
        page.addObject("throttled", "Too many codes that match no invoice were entered from your network. "
                + "Try again in " + throttled.waitLabel() + ".");
        page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
        return page;
    }

    /** What was typed, short enough to show back in the field. */
    private static String shortened(String typed) {
        return typed.length() > VerificationCode.LONGEST_INPUT ? typed.substring(0, VerificationCode.LONGEST_INPUT)
                : typed;
    }
}
