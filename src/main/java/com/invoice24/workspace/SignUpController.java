package com.invoice24.workspace;

import com.invoice24.shared.FormErrors;
import com.invoice24.shared.RefusedRequestException;
import com.invoice24.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SignUpController {

    private static final String VIEW = "workspace/signup";

    private final WorkspaceSignUp signUp;
    private final SignIn signIn;
    private final FormErrors forms;
    private final boolean enabled;

    SignUpController(WorkspaceSignUp signUp, SignIn signIn, FormErrors forms,
                     @Value("${invoice24.signup.enabled:true}") boolean enabled) {
        this.signUp = signUp;
        this.signIn = signIn;
        this.forms = forms;
        this.enabled = enabled;
    }

    @GetMapping("/signup")
    String initSignUpForm(Model model) {
        requireEnabled();
        model.addAttribute("form", new SignUpForm());
        return VIEW;
    }

    @PostMapping("/signup")
    String processSignUpForm(@ModelAttribute("form") SignUpForm form, BindingResult result,
                             HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        requireEnabled();
        if (forms.invalid(form.toRequest(), result)) {
            return VIEW;
        }
        try {
            WorkspaceSignUp.SignedUp signedUp = signUp.signUp(form.toRequest());
            signIn.signIn(signedUp.owner(), request, response);
        } catch (RefusedRequestException refused) {
            forms.reject(refused, result);
            return VIEW;
        }
        flash.addFlashAttribute("message", "Welcome to Invoice24. Your workspace is ready.");
        return "redirect:/";
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException("Sign-up");
        }
    }
}
