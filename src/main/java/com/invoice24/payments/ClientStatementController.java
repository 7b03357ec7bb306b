package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.Downloads;
import com.invoice24.shared.PageActions;
import com.invoice24.workspace.CurrentUser;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client statement of account as a page and a PDF, from the model {@link ClientStatementApi} answers. */
@Controller
class ClientStatementController {

    private final ClientStatements statements;
    private final Invoicing invoicing;

    ClientStatementController(ClientStatements statements, Invoicing invoicing) {
        this.statements = statements;
        this.invoicing = invoicing;
    }

    @GetMapping("/clients/{id}/statement")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        LocalDate today = invoicing.today(user.workspaceId());
        model.addAttribute("statement", statements.of(user.workspaceId(), new ClientId(id), today));
        model.addAttribute("clientId", id);
        return "payments/statement-page";
    }

    @GetMapping("/clients/{id}/statement.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        StatementPdf pdf = statements.pdfOf(user.workspaceId(), new ClientId(id));
        return Downloads.inline(pdf.filename(), MediaType.APPLICATION_PDF).body(pdf.content());
    }

    @PostMapping("/clients/{id}/statement/email")
    String emailFromPage(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        PageActions.attempt(flash, "Statement queued for the client's billing address; it is in the email log.",
                () -> statements.email(user.workspaceId(), new ClientId(id)));
        return "redirect:/clients/" + id + "/statement";
    }
}
