package com.invoice24.portal;

import com.invoice24.clients.Client;
import com.invoice24.clients.ClientId;
import com.invoice24.clients.Clients;
import com.invoice24.shared.NotFoundException;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The provider's button for a client's statement link, on the client's page: it issues a new link and shows it
 * this once, since only its hash is kept. It lives with the portal so that the clients and payments pages need not
 * know the portal exists.
 */
@Controller
class StatementLinkController {

    private final PortalLinks links;
    private final Clients clients;
    private final WorkspaceSettingsService workspaces;

    StatementLinkController(PortalLinks links, Clients clients, WorkspaceSettingsService workspaces) {
        this.links = links;
        this.clients = clients;
        this.workspaces = workspaces;
    }

    @PostMapping("/clients/{id}/portal-link")
    String issue(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Client client = client(user, id);
        PortalLinks.Issued link = links.forStatement(user.workspaceId(), client.id());
        model.addAttribute("client", client);
        model.addAttribute("link", link.url());
        model.addAttribute("expiresOn",
                LocalDate.ofInstant(link.expiresAt(), workspaces.settingsOf(user.workspaceId()).timeZone()));
        return "portal/statement-link";
    }

    /** Ends every statement link of the client, say after one reached the wrong person. */
    @PostMapping("/clients/{id}/portal-links/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        int revoked = links.revokeStatementLinks(user.workspaceId(), client(user, id).id());
        flash.addFlashAttribute("message", revoked == 0 ? "No statement link was active; nothing to revoke."
                : InvoiceLinks.count(revoked) + " to the statement revoked; they open nothing from now on. "
                        + "Copy a new link to send a fresh one.");
        return "redirect:/clients/" + id;
    }

    private Client client(CurrentUser user, UUID id) {
        return clients.find(user.workspaceId(), new ClientId(id)).orElseThrow(() -> new NotFoundException("Client"));
    }
}
