package com.invoice24.portal;

import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceActivity;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.InvoiceState;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.Permission;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client portal box of an invoice's page (loaded by htmx, since invoicing cannot read the portal): when the
 * client last opened the invoice, how many links still open it, a new link to copy and revoking them all.
 */
@Controller
class InvoicePortalSection {

    /** A new link waits here, per invoice, for the box to show it once: only its hash is kept anywhere else. */
    private static final String NEW_LINK = InvoicePortalSection.class.getName() + ".newLink.";

    private final InvoiceLinks invoiceLinks;
    private final PortalLinks links;
    private final Invoicing invoicing;
    private final InvoiceActivity activity;

    InvoicePortalSection(InvoiceLinks invoiceLinks, PortalLinks links, Invoicing invoicing, InvoiceActivity activity) {
        this.invoiceLinks = invoiceLinks;
        this.links = links;
        this.invoicing = invoicing;
        this.activity = activity;
    }

    @GetMapping("/invoices/{id}/sections/portal")
    String section(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, HttpSession session,
                   Model model) {
        Invoice invoice = invoicing.invoice(user.workspaceId(), new InvoiceId(id));
        Object newLink = session.getAttribute(NEW_LINK + id);
        session.removeAttribute(NEW_LINK + id);
        model.addAttribute("invoice", invoice);
        model.addAttribute("canEdit", user.can(Permission.MANAGE_MONEY));
        model.addAttribute("canIssue", invoice.state() != InvoiceState.VOID);
        model.addAttribute("live", links.liveInvoiceLinks(user.workspaceId(), invoice.id()));
        model.addAttribute("lastOpened", activity.latest(user.workspaceId(), invoice.id(), "viewed").orElse(null));
        model.addAttribute("newLink", invoice.isDraft() ? null : newLink);
        return "portal/invoice-section :: section";
    }

    @PostMapping("/invoices/{id}/portal-link")
    String newLink(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, HttpSession session,
                   RedirectAttributes flash) {
        try {
            session.setAttribute(NEW_LINK + id, invoiceLinks.issue(user, new InvoiceId(id)).url());
            flash.addFlashAttribute("message", "A new link to the invoice is in the Client portal box. Copy it now: "
                    + "it is shown only this once.");
        } catch (WrongStateException refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/invoices/" + id + "#client-portal";
    }

    @PostMapping("/invoices/{id}/portal-links/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        int revoked = invoiceLinks.revokeAll(user, new InvoiceId(id));
        flash.addFlashAttribute("message", revoked == 0 ? "No link opened the invoice; nothing to revoke."
                : InvoiceLinks.count(revoked) + " revoked; the client's old emails no longer open the invoice. "
                        + "Copy a new link to send a fresh one.");
        return "redirect:/invoices/" + id + "#client-portal";
    }
}
