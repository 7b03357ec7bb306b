package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Clients")
class StatementEmailApi {

    private final ClientStatements statements;

    StatementEmailApi(ClientStatements statements) {
        this.statements = statements;
    }

    record EmailedStatement(UUID emailId) {
    }

    /** Emails today's statement; the email log keeps it, PDF included, as it went out. */
    @PostMapping("/api/v1/clients/{id}/statement/email")
    @ResponseStatus(HttpStatus.CREATED)
    EmailedStatement email(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return new EmailedStatement(statements.email(user.workspaceId(), new ClientId(id)).value());
    }
}
