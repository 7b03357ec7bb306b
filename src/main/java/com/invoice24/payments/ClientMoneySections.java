package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.clients.ClientOnboarding;
import com.invoice24.workspace.CurrentUser;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The payments and credits sections of a client's page, loaded by that page (htmx, on load) because the
 * clients module cannot read payments.
 */
@Controller
class ClientMoneySections {

    static final int SHOWN = 20;

    private final PaymentRecording recording;
    private final CreditNoteService creditNotes;
    private final ClientOnboarding clients;

    ClientMoneySections(PaymentRecording recording, CreditNoteService creditNotes, ClientOnboarding clients) {
        this.recording = recording;
        this.creditNotes = creditNotes;
        this.clients = clients;
    }

    @GetMapping("/clients/{id}/sections/payments")
    String payments(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        ClientId client = clients.client(user.workspaceId(), new ClientId(id)).id();
        model.addAttribute("clientId", client);
        model.addAttribute("payments", recording.list(user.workspaceId(), client, 0, SHOWN));
        return "payments/client-sections :: payments";
    }

    @GetMapping("/clients/{id}/sections/credits")
    String credits(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        ClientId client = clients.client(user.workspaceId(), new ClientId(id)).id();
        model.addAttribute("clientId", client);
        model.addAttribute("credit", recording.creditOf(user.workspaceId(), client));
        model.addAttribute("notes", creditNotes.list(user.workspaceId(), null, client, 0, SHOWN));
        return "payments/client-sections :: credits";
    }
}
