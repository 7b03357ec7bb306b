package com.invoice24.workspace;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttribute;

@Controller
class LoginController {

    private final boolean signUpEnabled;

    LoginController(@Value("${invoice24.signup.enabled:true}") boolean signUpEnabled) {
        this.signUpEnabled = signUpEnabled;
    }

    /**
     * After too many failures the page itself answers 429, so scripts see what people read, and says
     * which limit was reached (the failure handler keeps the refusal in the session for this page).
     */
    @GetMapping("/login")
    String login(@RequestParam(required = false) @Nullable String throttled,
                 @SessionAttribute(name = WebAttributes.AUTHENTICATION_EXCEPTION, required = false)
                 @Nullable Object failure,
                 Model model, HttpServletResponse response) {
        if (throttled != null) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            if (failure instanceof LoginThrottledException refusal) {
                model.addAttribute("throttledMessage", refusal.getMessage());
            }
        }
        model.addAttribute("signUpEnabled", signUpEnabled);
        return "workspace/login";
    }
}
