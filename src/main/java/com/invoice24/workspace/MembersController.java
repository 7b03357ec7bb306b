package com.invoice24.workspace;

import com.invoice24.shared.FormErrors;
import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.PageActions;
import java.util.Arrays;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Settings › Members: who is in the workspace, changing a member's role or removing them, open
 * invitations, and inviting someone. A refused change comes back as a message on the page.
 */
@Controller
class MembersController {

    private static final String VIEW = "settings/members";

    private final Members members;
    private final Invitations invitations;
    private final FormErrors forms;
    private final Membership membership;

    MembersController(Members members, Invitations invitations, FormErrors forms, Membership membership) {
        this.members = members;
        this.invitations = invitations;
        this.forms = forms;
        this.membership = membership;
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

    @PostMapping("/settings/members/{id}/role")
    String changeRole(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                      @RequestParam(required = false) @Nullable String role, RedirectAttributes flash) {
        MemberId member = new MemberId(id);
        Role chosen = roleNamed(role);
        String who = members.find(user.workspaceId(), member).map(Member::name).orElse("The member");
        PageActions.attempt(flash, who + " is now " + (chosen == null ? "" : chosen.label()) + ".",
                () -> membership.changeRole(user, member, chosen));
        return "redirect:/settings/members";
    }

    @PostMapping("/settings/members/{id}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        MemberId member = new MemberId(id);
        String who = members.find(user.workspaceId(), member).map(Member::name).orElse("The member");
        PageActions.attempt(flash, who + " was removed: they can no longer sign in, and their API tokens are revoked.",
                () -> membership.remove(user, member));
        return "redirect:/settings/members";
    }

    /** A role by its name as the select sends it; anything else is refused as no role chosen. */
    private static @Nullable Role roleNamed(@Nullable String name) {
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).findFirst().orElse(null);
    }

    private String page(CurrentUser user, Model model, InvitationForm form) {
        model.addAttribute("members", members.of(user.workspaceId()));
        model.addAttribute("invitations", invitations.pending(user.workspaceId()));
        model.addAttribute("roles", Role.invitable());
        model.addAttribute("myId", user.memberId());
        model.addAttribute("form", form);
        return VIEW;
    }
}
