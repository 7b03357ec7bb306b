package com.invoice24.workspace;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class TokensController {

    private final ApiTokens tokens;

    TokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/settings/tokens")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("tokens", tokens.visibleTo(user));
        return "settings/tokens";
    }

    @PostMapping("/settings/tokens")
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String name,
                  RedirectAttributes flash) {
        String tokenName = name.isBlank() ? TokenApi.DEFAULT_NAME : name.strip();
        if (tokenName.length() > 100) {
            flash.addFlashAttribute("error", "Keep the token's name under 100 characters.");
            return "redirect:/settings/tokens";
        }
        ApiTokens.Issued issued = tokens.issue(user.memberId(), user.workspaceId(), user.name(), tokenName);
        flash.addFlashAttribute("issuedSecret", issued.secret());
        flash.addFlashAttribute("message", "Token \"" + tokenName + "\" created. Copy it now: it is shown only once.");
        return "redirect:/settings/tokens";
    }

    @PostMapping("/settings/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        tokens.revoke(user, id);
        flash.addFlashAttribute("message", "Token revoked. Calls with it are refused from now on.");
        return "redirect:/settings/tokens";
    }
}
