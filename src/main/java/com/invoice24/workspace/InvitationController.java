package com.invoice24.workspace;

import com.invoice24.shared.FormErrors;
import com.invoice24.shared.RefusedRequestException;
import com.invoice24.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page an invitation link opens: the invited person chooses a name and password and is in. */
@Controller
class InvitationController {

    private static final String VIEW = "workspace/join";

    private final Invitations invitations;
    private final Workspaces workspaces;
    private final SignIn signIn;
    private final FormErrors forms;

    InvitationController(Invitations invitations, Workspaces workspaces, SignIn signIn, FormErrors forms) {
        this.invitations = invitations;
        this.workspaces = workspaces;
        this.signIn = signIn;
        this.forms = forms;
    }

    @GetMapping("/invitations/{secret}")
    String initJoinForm(@PathVariable String secret, Model model) {
        return page(secret, model, new JoinForm());
    }

    @PostMapping("/invitations/{secret}")
    String processJoinForm(@PathVariable String secret, @ModelAttribute("form") JoinForm form, BindingResult result,
                           Model model, HttpServletRequest request, HttpServletResponse response,
                           RedirectAttributes flash) {
        if (forms.invalid(form.toRequest(), result)) {
            return page(secret, model, form);
        }
        try {
            CurrentUser member = invitations.accept(secret, form.toRequest());
            signIn.signIn(member, request, response);
        } catch (RefusedRequestException refused) {
            forms.reject(refused, result);
            return page(secret, model, form);
        }
        flash.addFlashAttribute("message", "Welcome aboard.");
        return "redirect:/";
    }

    private String page(String secret, Model model, JoinForm form) {
        Invitation invitation = invitations.open(secret)
                .orElseThrow(() -> new NotFoundException("This invitation (it may have expired or been used)"));
        model.addAttribute("secret", secret);
        model.addAttribute("invitation", invitation);
        model.addAttribute("workspaceName", workspaces.find(invitation.workspaceId()).map(Workspace::name).orElse(""));
        model.addAttribute("form", form);
        return VIEW;
    }
}
