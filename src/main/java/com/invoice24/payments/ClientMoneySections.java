package com.invoice24.payments;

import com.invoice24.clients.ClientId;
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

    ClientMoneySections(PaymentRecording recording, CreditNoteService creditNotes) {
        this.recording = recording;
        this.creditNotes = creditNotes;
    }

    @GetMapping("/clients/{id}/sections/payments")
    String payments(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("clientId", new ClientId(id));
        model.addAttribute("payments", recording.list(user.workspaceId(), new ClientId(id), 0, SHOWN));
        return "payments/client-sections :: payments";
    }

    @GetMapping("/clients/{id}/sections/credits")
    String credits(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("clientId", new ClientId(id));
        model.addAttribute("credit", recording.creditOf(user.workspaceId(), new ClientId(id)));
        model.addAttribute("notes", creditNotes.list(user.workspaceId(), null, new ClientId(id), 0, SHOWN));
        return "payments/client-sections :: credits";
    }
}
