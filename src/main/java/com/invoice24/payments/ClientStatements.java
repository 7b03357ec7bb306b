package com.invoice24.payments;

import com.invoice24.clients.Client;
import com.invoice24.clients.ClientId;
import com.invoice24.clients.Clients;
import com.invoice24.delivery.EmailId;
import com.invoice24.delivery.Outbox;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.Money;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.PdfRenderer;
import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceLogos;
import com.invoice24.workspace.WorkspaceSettings;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds statements of account, for the provider's pages, the statement email and the client portal's download.
 * The activity is read in one query from payments' own ledger tables and
 * invoicing's published {@code invoice_register} view; {@link StatementActivity} dates it in the workspace's
 * time zone and orders it oldest first, so the running balance is the arithmetic AP can follow.
 */
@Service
public class ClientStatements {

    private static final String ACTIVITY = """
            SELECT day, at, ord, description, charge, credit FROM (
                SELECT i.issue_date AS day, 'Invoice ' || i.number AS description, i.total AS charge, 0 AS credit,
                       1 AS ord, i.sent_at AS at
                FROM invoice_register i WHERE i.workspace_id = :workspace AND i.client_id = :client
                  AND i.state IN ('SENT', 'WRITTEN_OFF')
              UNION ALL
                SELECT p.received_on, 'Payment, ' || CASE p.method WHEN 'ACH' THEN 'ACH' ELSE initcap(lower(p.method)) END
                           || coalesce(' ref ' || p.reference, '') || ' (' || string_agg(i.number, ', ') || ')',
                       0, sum(a.amount), 2, p.created_at
                FROM payments p JOIN payment_allocations a ON a.payment_id = p.id
                  JOIN invoice_register i ON i.id = a.invoice_id
                WHERE p.workspace_id = :workspace AND p.client_id = :client AND p.reversed_at IS NULL
                GROUP BY p.id
              UNION ALL
                SELECT CAST(NULL AS DATE), 'Credit applied, ' || coalesce(e.reason, ''), 0, -e.amount, 3, e.at
                FROM client_credit_entries e
                WHERE e.workspace_id = :workspace AND e.client_id = :client AND e.kind = 'APPLIED'
              UNION ALL
                SELECT n.issued_on, 'Credit note ' || n.number || ': ' || n.reason, 0, n.amount, 4, n.created_at
                FROM credit_notes n WHERE n.workspace_id = :workspace AND n.client_id = :client
              UNION ALL
                SELECT CAST(NULL AS DATE), 'Written off ' || i.number,
                       0, i.balance_due, 5, i.written_off_at
                FROM invoice_register i WHERE i.workspace_id = :workspace AND i.client_id = :client
                  AND i.state = 'WRITTEN_OFF'
            ) activity""";

    private final JdbcClient jdbc;
    private final Clients clients;
    private final Invoicing invoicing;
    private final ClientCredit credit;
    private final WorkspaceSettingsService workspaces;
    private final WorkspaceLogos logos;
    private final PdfRenderer renderer;
    private final Outbox outbox;
    private final StatementAddresses addresses;

    ClientStatements(JdbcClient jdbc, Clients clients, Invoicing invoicing, ClientCredit credit,
                     WorkspaceSettingsService workspaces, WorkspaceLogos logos, PdfRenderer renderer, Outbox outbox,
                     StatementAddresses addresses) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.invoicing = invoicing;
        this.credit = credit;
        this.workspaces = workspaces;
        this.logos = logos;
        this.renderer = renderer;
        this.outbox = outbox;
        this.addresses = addresses;
    }

    byte[] pdf(ClientStatement statement) {
        return renderer.render("payments/statement", Map.of("statement", statement));
    }

    /** Today's statement of the client as the statement email attaches it. */
    public StatementPdf pdfOf(WorkspaceId workspace, ClientId client) {
        ClientStatement statement = of(workspace, client, invoicing.today(workspace));
        return new StatementPdf(StatementEmails.filename(statement), pdf(statement));
    }

    /**
     * Emails today's statement to the client's billing address. The email log keeps the PDF as it
     * went out, so what the client received can be read back whatever happens to the account later. The email
     * carries a new link to the statement online, where it stays current after the PDF has aged.
     */
    @Transactional
    EmailId email(WorkspaceId workspace, ClientId id) {
        ClientStatement statement = of(workspace, id, invoicing.today(workspace));
        if (statement.client().billingEmail() == null) {
            throw new BusinessRuleException("Add a billing email to " + statement.client().name()
                    + "'s profile to email their statement.",
                    List.of(new FieldProblem("billingEmail", "Add a billing email")));
        }
        return outbox.queue(StatementEmails.emailOf(workspace, statement, pdf(statement),
                addresses.statementLink(workspace, id)));
    }

    ClientStatement of(WorkspaceId workspace, ClientId id, LocalDate asOf) {
        Client client = clients.find(workspace, id).orElseThrow(() -> new NotFoundException("Client " + id));
        WorkspaceSettings settings = workspaces.settingsOf(workspace);
        List<StatementActivity.Entry> entries = jdbc.sql(ACTIVITY)
                .param("workspace", workspace.value())
                .param("client", id.value())
                .query((rs, row) -> {
                    Timestamp at = rs.getTimestamp("at");
                    return new StatementActivity.Entry(rs.getObject("day", LocalDate.class),
                            at == null ? null : at.toInstant(), rs.getInt("ord"), rs.getString("description"),
                            Money.of(rs.getBigDecimal("charge")), Money.of(rs.getBigDecimal("credit")));
                })
                .list();
        List<ClientStatement.Line> lines = StatementActivity.lines(entries, settings.timeZone(), asOf);
        Money balance = lines.isEmpty() ? Money.zero() : lines.get(lines.size() - 1).balance();
        return new ClientStatement(client.profile(), settings, logos.dataUriOf(workspace), asOf, lines,
                invoicing.openInvoices(workspace, id), balance, credit.balance(workspace, id));
    }
}
