package com.invoice24.workspace;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final boolean signUpEnabled;

    LoginController(@Value("${invoice24.signup.enabled:true}") boolean signUpEnabled) {
        this.signUpEnabled = signUpEnabled;
    }

    /** After too many failures the page itself answers 429, so scripts see what people read. */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String throttled, Model model, HttpServletResponse response) {
        if (throttled != null) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        }
        model.addAttribute("signUpEnabled", signUpEnabled);
        return "workspace/login";
    }
}
