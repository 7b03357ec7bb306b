package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.Money;
import com.invoice24.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The client statement of account for API clients; a REST controller, so its refusals are problem details
 * like every other API answer ({@link ClientStatementController} shows it as a page).
 */
@RestController
@Tag(name = "Clients")
class ClientStatementApi {

    private final ClientStatements statements;
    private final Invoicing invoicing;

    ClientStatementApi(ClientStatements statements, Invoicing invoicing) {
        this.statements = statements;
        this.invoicing = invoicing;
    }

    record OpenInvoice(UUID id, String number, LocalDate issueDate, LocalDate dueDate, Money total, Money balanceDue,
                       long daysOverdue) {
    }

    record StatementView(UUID clientId, String clientName, LocalDate asOf, List<ClientStatement.Line> activity,
                         List<OpenInvoice> openInvoices, Money balanceDue, Money creditBalance) {
    }

    @GetMapping(value = "/api/v1/clients/{id}/statement", produces = MediaType.APPLICATION_JSON_VALUE)
    StatementView statement(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                            @Nullable LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : invoicing.today(user.workspaceId());
        ClientStatement statement = statements.of(user.workspaceId(), new ClientId(id), day);
        return new StatementView(id, statement.client().name(), day, statement.activity(),
                statement.openInvoices().stream().map(invoice -> new OpenInvoice(invoice.id().value(),
                        String.valueOf(invoice.number()), invoice.issueDate(), invoice.dueDate(), invoice.total(),
                        invoice.balanceDue(), Math.max(0, ChronoUnit.DAYS.between(invoice.dueDate(), day)))).toList(),
                statement.balanceDue(), statement.creditBalance());
    }
}
