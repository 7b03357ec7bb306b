package com.invoice24.workspace;

import com.invoice24.shared.FormErrors;
import com.invoice24.shared.BusinessRuleException;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Settings › Members: who is in the workspace, open invitations, and inviting someone. */
@Controller
class MembersController {

    private static final String VIEW = "settings/members";

    private final Members members;
    private final Invitations invitations;
    private final FormErrors forms;

    MembersController(Members members, Invitations invitations, FormErrors forms) {
        this.members = members;
        this.invitations = invitations;
        this.forms = forms;
    }

    @GetMapping("/settings/members")
    String initInvitationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, model, new InvitationForm());
    }

    @PostMapping("/settings/members/invitations")
    String processInvitationForm(@AuthenticationPrincipal CurrentUser user,
                                 @ModelAttribute("form") InvitationForm form, BindingResult result, Model model,
                                 RedirectAttributes flash) {
        if (forms.invalid(form.toRequest(), result)) {
            return page(user, model, form);
        }
        try {
            Invitations.Issued issued = invitations.invite(user, form.toRequest());
            String link = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/invitations/{secret}").buildAndExpand(issued.secret()).toUriString();
            flash.addFlashAttribute("inviteLink", link);
            flash.addFlashAttribute("message", "Invitation created for " + issued.invitation().email()
                    + ". Send them this link; it works once, for 7 days.");
        } catch (BusinessRuleException refused) {
            forms.reject(refused, result);
            return page(user, model, form);
        }
        return "redirect:/settings/members";
    }

    @PostMapping("/settings/members/invitations/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        invitations.revoke(user, id);
        flash.addFlashAttribute("message", "Invitation withdrawn.");
        return "redirect:/settings/members";
    }

    private String page(CurrentUser user, Model model, InvitationForm form) {
        model.addAttribute("members", members.of(user.workspaceId()));
        model.addAttribute("invitations", invitations.pending(user.workspaceId()));
        model.addAttribute("roles", Role.invitable());
        model.addAttribute("form", form);
        return VIEW;
    }
}
