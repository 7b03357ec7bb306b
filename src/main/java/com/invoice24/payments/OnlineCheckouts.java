package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import com.invoice24.shared.RowInserts;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Checkouts opened at the payment provider, and the provider events already handled. */
@Repository
class OnlineCheckouts {

    private final JdbcClient jdbc;
    private final Clock clock;

    OnlineCheckouts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    void add(OnlineCheckout checkout) {
        jdbc.sql("""
                INSERT INTO online_checkouts (id, workspace_id, client_id, provider, provider_checkout_id, amount,
                    status, created_at, updated_at)
                VALUES (:id, :workspace, :client, :provider, :providerCheckout, :amount, :status, :now, :now)""")
                .param("id", checkout.id())
                .param("workspace", checkout.workspace().value())
                .param("client", checkout.client().value())
                .param("provider", checkout.provider())
                .param("providerCheckout", checkout.providerCheckoutId())
                .param("amount", checkout.amount().amount())
                .param("status", checkout.status().name())
                .param("now", Timestamps.of(clock.instant()))
                .update();
        RowInserts.insert(jdbc, "online_checkout_invoices", List.of("checkout_id", "position", "invoice_id", "amount"),
                IntStream.range(0, checkout.parts().size())
                        .mapToObj(index -> new Object[] {checkout.id(), index,
                                checkout.parts().get(index).invoice().value(),
                                checkout.parts().get(index).amount().amount()})
                        .toList());
    }

    Optional<OnlineCheckout> find(String provider, String providerCheckoutId) {
        return read(provider, providerCheckoutId, "");
    }

    /** The checkout, locked until the transaction ends: the provider's events for it are handled one at a time. */
    Optional<OnlineCheckout> lock(String provider, String providerCheckoutId) {
        return read(provider, providerCheckoutId, " FOR UPDATE");
    }

    void update(OnlineCheckout checkout) {
        jdbc.sql("UPDATE online_checkouts SET status = :status, payment_id = :payment, updated_at = :now WHERE id = :id")
                .param("status", checkout.status().name())
                .param("payment", checkout.payment() == null ? null : checkout.payment().value())
                .param("now", Timestamps.of(clock.instant()))
                .param("id", checkout.id())
                .update();
    }

    /**
     * Notes the provider's event as handled; false when it was already, by this delivery's twin (a second delivery
     * running at the same time waits here until the first commits).
     */
    boolean firstDelivery(String provider, PaymentProvider.Event event) {
        return jdbc.sql("""
                INSERT INTO provider_events (provider, event_id, type, received_at) VALUES (:provider, :id, :type, :now)
                ON CONFLICT DO NOTHING""")
                .param("provider", provider)
                .param("id", event.id())
                .param("type", event.type())
                .param("now", Timestamps.of(clock.instant()))
                .update() == 1;
    }

    private Optional<OnlineCheckout> read(String provider, String providerCheckoutId, String lock) {
        return jdbc.sql("SELECT * FROM online_checkouts WHERE provider = :provider AND provider_checkout_id = :id"
                        + lock)
                .param("provider", provider)
                .param("id", providerCheckoutId)
                .query((rs, row) -> checkout(rs, List.of()))
                .optional()
                .map(checkout -> checkout.withParts(parts(checkout.id())));
    }

    private static OnlineCheckout checkout(ResultSet rs, List<OnlinePayments.ToPay> parts) throws SQLException {
        UUID payment = rs.getObject("payment_id", UUID.class);
        return new OnlineCheckout(rs.getObject("id", UUID.class), new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)), rs.getString("provider"),
                rs.getString("provider_checkout_id"), Money.of(rs.getBigDecimal("amount")),
                OnlineCheckout.Status.valueOf(rs.getString("status")), payment == null ? null : new PaymentId(payment),
                parts);
    }

    private List<OnlinePayments.ToPay> parts(UUID checkout) {
        return jdbc.sql("SELECT invoice_id, amount FROM online_checkout_invoices WHERE checkout_id = :id ORDER BY position")
                .param("id", checkout)
                .query((rs, row) -> new OnlinePayments.ToPay(new InvoiceId(rs.getObject("invoice_id", UUID.class)),
                        Money.of(rs.getBigDecimal("amount"))))
                .list();
    }
}
