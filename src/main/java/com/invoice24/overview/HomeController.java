package com.invoice24.overview;

import com.invoice24.clients.ClientFilter;
import com.invoice24.clients.ClientOnboarding;
import com.invoice24.clients.Clients;
import com.invoice24.collections.Disputes;
import com.invoice24.collections.FollowUps;
import com.invoice24.invoicing.InvoiceFilter;
import com.invoice24.invoicing.InvoiceStatus;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.invoicing.Receivables;
import com.invoice24.payments.Payment;
import com.invoice24.payments.PaymentRecording;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.Permission;
import com.invoice24.workspace.WorkspaceId;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the workspace is owed, what came in lately, and the next things to do, each with
 * a link to where it is done.
 */
@Controller
class HomeController {

    /** How many of each kind of next action the home page lists; the link shows the rest. */
    static final int SHOWN = 5;
    /** A dispute whose resolve-by date is this close, or past, is a next action. */
    static final int DISPUTE_WARNING_DAYS = 7;

    private final Invoicing invoicing;
    private final Receivables receivables;
    private final PaymentRecording payments;
    private final Disputes disputes;
    private final ClientOnboarding onboarding;
    private final Clients clients;
    private final FollowUps followUps;

    HomeController(Invoicing invoicing, Receivables receivables, PaymentRecording payments, Disputes disputes,
                   ClientOnboarding onboarding, Clients clients, FollowUps followUps) {
        this.invoicing = invoicing;
        this.receivables = receivables;
        this.payments = payments;
        this.disputes = disputes;
        this.onboarding = onboarding;
        this.clients = clients;
        this.followUps = followUps;
    }

    /** An open dispute coming up on its resolve-by date, with the number and client of the invoice it is about. */
    record DisputeDue(Disputes.OpenDispute open, boolean late) {
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!user.can(Permission.READ_BOOKS)) {
            return "overview/own-work";
        }
        WorkspaceId workspace = user.workspaceId();
        LocalDate today = invoicing.today(workspace);
        List<Payment> recentPayments = payments.latest(workspace, SHOWN);
        List<DisputeDue> disputed = disputesDue(workspace, today);
        model.addAttribute("today", today);
        model.addAttribute("standing", receivables.standing(workspace, today));
        model.addAttribute("recentPayments", recentPayments);
        model.addAttribute("drafts", invoicing.list(workspace,
                new InvoiceFilter(InvoiceStatus.DRAFT, null, null, null, false), 0, SHOWN));
        model.addAttribute("disputes", disputed);
        model.addAttribute("followUps", followUps.dueBy(workspace, today, SHOWN));
        model.addAttribute("missingOnboarding", onboarding.list(workspace,
                new ClientFilter(null, null, true, null, null), 0, SHOWN));
        model.addAttribute("clientNames", clients.namesOf(workspace, Stream.concat(
                recentPayments.stream().map(Payment::clientId),
                disputed.stream().map(due -> due.open().client())).toList()));
        model.addAttribute("noClients", !clients.any(workspace));
        return "overview/home";
    }

    private List<DisputeDue> disputesDue(WorkspaceId workspace, LocalDate today) {
        return disputes.dueBy(workspace, today.plusDays(DISPUTE_WARNING_DAYS), SHOWN).stream()
                .map(open -> new DisputeDue(open, open.dispute().resolveBy().isBefore(today)))
                .toList();
    }
}
