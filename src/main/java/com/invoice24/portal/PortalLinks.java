package com.invoice24.portal;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.PortalAddresses;
import com.invoice24.payments.StatementAddresses;
import com.invoice24.shared.PublicAddress;
import com.invoice24.shared.RowInserts;
import com.invoice24.shared.Timestamps;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.Secrets;
import com.invoice24.workspace.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, opens and revokes portal links. A token is 256 random bits, URL-safe; only its SHA-256 is stored, so a
 * link can be shown once, when issued, and never read back. Every email that carries an invoice gets a fresh link,
 * and earlier ones keep working until they expire or the provider revokes the invoice's links.
 */
@Component
class PortalLinks implements PortalAddresses, StatementAddresses {

    private static final List<String> COLUMNS = List.of("id", "workspace_id", "client_id", "invoice_id",
            "token_hash", "issued_at", "expires_at");

    /** What {@link Secrets#newSecret} makes of 32 bytes: anything else was never issued, so no lookup is needed. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** A link issued: its address, shown once, and when it stops working. */
    record Issued(String url, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PublicAddress address;
    private final Duration lifetime;

    PortalLinks(JdbcClient jdbc, Clock clock, PublicAddress address,
                @Value("${invoice24.portal.link-lifetime:180d}") Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.address = address;
        this.lifetime = lifetime;
    }

    @Override
    public String invoiceLink(Invoice invoice) {
        return forInvoice(invoice).url();
    }

    @Override
    public Map<InvoiceId, String> invoiceLinks(Collection<Invoice> invoices) {
        Map<InvoiceId, String> links = new LinkedHashMap<>();
        List<Object[]> rows = new ArrayList<>();
        Instant now = clock.instant();
        for (Invoice invoice : invoices) {
            requireSent(invoice);
            String token = Secrets.newSecret("");
            rows.add(row(invoice.workspaceId(), invoice.clientId(), invoice.id(), token, now));
            links.put(invoice.id(), address.of("/portal/" + token));
        }
        RowInserts.insert(jdbc, "portal_links", COLUMNS, rows);
        return links;
    }

    @Override
    public String statementLink(WorkspaceId workspace, ClientId client) {
        return forStatement(workspace, client).url();
    }

    /** A link to a sent invoice; a draft has not reached the client. */
    Issued forInvoice(Invoice invoice) {
        requireSent(invoice);
        return issue(invoice.workspaceId(), invoice.clientId(), invoice.id());
    }

    /** A link to the client's statement of account. */
    Issued forStatement(WorkspaceId workspace, ClientId client) {
        return issue(workspace, client, null);
    }

    private static void requireSent(Invoice invoice) {
        if (invoice.isDraft()) {
            throw new WrongStateException("Invoice " + invoice.label() + " is a draft; send it before sharing a link.");
        }
    }

    private Issued issue(WorkspaceId workspace, ClientId client, @Nullable InvoiceId invoice) {
        String token = Secrets.newSecret("");
        Instant now = clock.instant();
        RowInserts.insert(jdbc, "portal_links", COLUMNS, List.<Object[]>of(row(workspace, client, invoice, token, now)));
        return new Issued(address.of("/portal/" + token), now.plus(lifetime));
    }

    private Object[] row(WorkspaceId workspace, ClientId client, @Nullable InvoiceId invoice, String token,
                         Instant now) {
        return new Object[] {UUID.randomUUID(), workspace.value(), client.value(),
            invoice == null ? null : invoice.value(), Secrets.hash(token), Timestamps.of(now),
            Timestamps.of(now.plus(lifetime))};
    }

    /**
     * What a token opens, or why it opens nothing. Expired and revoked links are told apart from unknown ones so
     * the clerk learns whom to ask; a malformed token is unknown without a query.
     */
    @Transactional
    PortalAccess open(String token) {
        if (!TOKEN.matcher(token).matches()) {
            throw new PortalLinkUnusable(PortalLinkUnusable.Reason.UNKNOWN, null);
        }
        Instant now = clock.instant();
        PortalAccess access = jdbc.sql("""
                        UPDATE portal_links SET last_opened_at = :now
                        WHERE token_hash = :hash AND revoked_at IS NULL AND expires_at > :now
                        RETURNING id, workspace_id, client_id, invoice_id, expires_at""")
                .param("hash", Secrets.hash(token))
                .param("now", Timestamps.of(now))
                .query((rs, row) -> new PortalAccess(rs.getObject("id", UUID.class), token,
                        new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        new ClientId(rs.getObject("client_id", UUID.class)),
                        rs.getObject("invoice_id") == null ? null
                                : new InvoiceId(rs.getObject("invoice_id", UUID.class)),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional()
                .orElse(null);
        if (access != null) {
            return access;
        }
        throw jdbc.sql("SELECT workspace_id, revoked_at FROM portal_links WHERE token_hash = :hash")
                .param("hash", Secrets.hash(token))
                .query((rs, row) -> new PortalLinkUnusable(rs.getTimestamp("revoked_at") != null
                        ? PortalLinkUnusable.Reason.REVOKED : PortalLinkUnusable.Reason.EXPIRED,
                        new WorkspaceId(rs.getObject("workspace_id", UUID.class))))
                .optional()
                .orElseGet(() -> new PortalLinkUnusable(PortalLinkUnusable.Reason.UNKNOWN, null));
    }

    /** Whether the token was ever issued, whatever became of its link since; a malformed one never was. */
    boolean isIssued(String token) {
        return TOKEN.matcher(token).matches()
                && jdbc.sql("SELECT EXISTS (SELECT 1 FROM portal_links WHERE token_hash = :hash)")
                        .param("hash", Secrets.hash(token))
                        .query(Boolean.class)
                        .single();
    }

    /** How many links to the invoice still open it: neither revoked nor expired. */
    int liveInvoiceLinks(WorkspaceId workspace, InvoiceId invoice) {
        return jdbc.sql("""
                        SELECT count(*) FROM portal_links
                        WHERE workspace_id = :workspace AND invoice_id = :invoice AND revoked_at IS NULL
                          AND expires_at > :now""")
                .param("workspace", workspace.value())
                .param("invoice", invoice.value())
                .param("now", Timestamps.of(clock.instant()))
                .query(Integer.class)
                .single();
    }

    /** Ends every link to the invoice at once, say after it went to the wrong person; returns how many. */
    int revokeInvoiceLinks(WorkspaceId workspace, InvoiceId invoice) {
        return jdbc.sql("""
                UPDATE portal_links SET revoked_at = :now
                WHERE workspace_id = :workspace AND invoice_id = :invoice AND revoked_at IS NULL""")
                .param("now", Timestamps.of(clock.instant()))
                .param("workspace", workspace.value())
                .param("invoice", invoice.value())
                .update();
    }

    /** Ends every statement link of the client. */
    int revokeStatementLinks(WorkspaceId workspace, ClientId client) {
        return jdbc.sql("""
                UPDATE portal_links SET revoked_at = :now
                WHERE workspace_id = :workspace AND client_id = :client AND invoice_id IS NULL AND revoked_at IS NULL""")
                .param("now", Timestamps.of(clock.instant()))
                .param("workspace", workspace.value())
                .param("client", client.value())
                .update();
    }
}
