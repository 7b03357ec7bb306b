package com.invoice24.clients;

import com.invoice24.shared.Address;
import com.invoice24.shared.Contact;
import com.invoice24.shared.PaymentTerms;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.WorkspaceId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clients of each workspace; other features look clients up here. */
@Repository
public class Clients {

    private final JdbcClient jdbc;

    Clients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Client> find(WorkspaceId workspace, ClientId id) {
        return jdbc.sql("SELECT * FROM clients WHERE workspace_id = :workspace AND id = :id")
                .param("workspace", workspace.value())
                .param("id", id.value())
                .query(Clients::client)
                .optional();
    }

    /** These clients of the workspace, archived ones included, in one query however many there are. */
    public Map<ClientId, Client> findAll(WorkspaceId workspace, Collection<ClientId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT * FROM clients WHERE workspace_id = :workspace AND id IN (:ids)")
                .param("workspace", workspace.value())
                .param("ids", ids.stream().map(ClientId::value).distinct().toList())
                .query(Clients::client)
                .list().stream()
                .collect(Collectors.toMap(Client::id, client -> client));
    }

    /** The names of these clients, archived ones included, for lists that say whose each row is. */
    public Map<ClientId, String> namesOf(WorkspaceId workspace, Collection<ClientId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT id, name FROM clients WHERE workspace_id = :workspace AND id IN (:ids)")
                .param("workspace", workspace.value())
                .param("ids", ids.stream().map(ClientId::value).distinct().toList())
                .query((rs, row) -> Map.entry(new ClientId(rs.getObject("id", UUID.class)), rs.getString("name")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The workspace's active clients, by name. */
    public List<Client> ofWorkspace(WorkspaceId workspace) {
        return matching(workspace, null, false);
    }

    /** Whether the workspace has a client yet, archived ones aside. */
    public boolean any(WorkspaceId workspace) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM clients WHERE workspace_id = :workspace AND archived_at IS NULL)")
                .param("workspace", workspace.value())
                .query(Boolean.class)
                .single();
    }

    /**
     * The workspace's active clients by name, as a filter's drop-down lists them: two columns rather than whole
     * billing profiles, since a practice's list can hold hundreds of clients and every list page shows them.
     */
    public List<ClientName> names(WorkspaceId workspace) {
        return jdbc.sql("""
                SELECT id, name FROM clients WHERE workspace_id = :workspace AND archived_at IS NULL
                ORDER BY lower(name), id""")
                .param("workspace", workspace.value())
                .query((rs, row) -> new ClientName(new ClientId(rs.getObject("id", UUID.class)), rs.getString("name")))
                .list();
    }

    List<Client> matching(WorkspaceId workspace, @Nullable String search, boolean includeArchived) {
        return jdbc.sql("""
                SELECT * FROM clients
                WHERE workspace_id = :workspace
                  AND (:includeArchived OR archived_at IS NULL)
                  AND (:search = '' OR name ILIKE :like OR legal_name ILIKE :like OR billing_email ILIKE :like)
                ORDER BY lower(name), id""")
                .param("workspace", workspace.value())
                .param("includeArchived", includeArchived)
                .param("search", search == null ? "" : search.trim())
                .param("like", "%" + (search == null ? "" : search.trim().replace("%", "\\%").replace("_", "\\_")) + "%")
                .query(Clients::client)
                .list();
    }

    Client add(Client client) {
        jdbc.sql("""
                INSERT INTO clients (id, workspace_id, name, on_hold, archived_at, created_at, updated_at, version)
                VALUES (:id, :workspace, :name, :onHold, :archivedAt, :createdAt, :updatedAt, 0)""")
                .param("id", client.id().value())
                .param("workspace", client.workspaceId().value())
                .param("name", client.name())
                .param("onHold", client.onHold())
                .param("archivedAt", Timestamps.of(client.archivedAt()))
                .param("createdAt", Timestamps.of(client.createdAt()))
                .param("updatedAt", Timestamps.of(client.updatedAt()))
                .update();
        return save(client);
    }

    /** Saves the client if nobody else changed it since it was read. */
    Client save(Client client) {
        BillingProfile profile = client.profile();
        int saved = jdbc.sql("""
                UPDATE clients SET name = :name, legal_name = :legalName, billing_email = :billingEmail,
                    cc_emails = :ccEmails, billing_contact_name = :billingName, billing_contact_email = :billingContactEmail,
                    billing_contact_phone = :billingPhone, ap_contact_name = :apName, ap_contact_email = :apEmail,
                    ap_contact_phone = :apPhone, address_line1 = :line1, address_line2 = :line2, address_city = :city,
                    address_state = :state, address_postal_code = :postalCode, address_country = :country,
                    payment_terms_basis = :termsBasis, payment_terms_days = :termsDays, po_required = :poRequired,
                    default_po_number = :defaultPo, delivery_method = :delivery, ap_portal_url = :portalUrl,
                    payment_method_preference = :paymentMethod, ap_payment_run_days = :runDays,
                    tax_exempt = :taxExempt, tax_exemption_certificate = :taxCertificate, w9_sent = :w9,
                    coi_sent = :coi, vendor_form_complete = :vendorForm, banking_form_complete = :bankingForm,
                    invoice_format_notes = :formatNotes, notes = :notes, vendor_number = :vendorNumber, on_hold = :onHold, archived_at = :archivedAt,
                    updated_at = :updatedAt, version = version + 1
                WHERE id = :id AND workspace_id = :workspace AND version = :version""")
                .param("name", profile.name())
                .param("legalName", profile.legalName())
                .param("billingEmail", profile.billingEmail())
                .param("ccEmails", profile.ccEmails().toArray(String[]::new))
                .param("billingName", profile.billingContact().name())
                .param("billingContactEmail", profile.billingContact().email())
                .param("billingPhone", profile.billingContact().phone())
                .param("apName", profile.apContact().name())
                .param("apEmail", profile.apContact().email())
                .param("apPhone", profile.apContact().phone())
                .param("line1", profile.address().line1())
                .param("line2", profile.address().line2())
                .param("city", profile.address().city())
                .param("state", profile.address().state())
                .param("postalCode", profile.address().postalCode())
                .param("country", profile.address().country() == null ? "US" : profile.address().country())
                .param("termsBasis", profile.paymentTerms() == null ? null : profile.paymentTerms().basis().name())
                .param("termsDays", profile.paymentTerms() == null ? null : profile.paymentTerms().days())
                .param("poRequired", profile.poRequired())
                .param("defaultPo", profile.defaultPoNumber())
                .param("delivery", profile.deliveryMethod().name())
                .param("portalUrl", profile.apPortalUrl())
                .param("paymentMethod", profile.paymentMethodPreference() == null ? null
                        : profile.paymentMethodPreference().name())
                .param("runDays", profile.apPaymentRunDays().toArray(Integer[]::new))
                .param("taxExempt", profile.taxExempt())
                .param("taxCertificate", profile.taxExemptionCertificateOnFile())
                .param("w9", Boolean.TRUE.equals(profile.vendorOnboarding().w9Sent()))
                .param("coi", Boolean.TRUE.equals(profile.vendorOnboarding().coiSent()))
                .param("vendorForm", Boolean.TRUE.equals(profile.vendorOnboarding().vendorFormComplete()))
                .param("bankingForm", Boolean.TRUE.equals(profile.vendorOnboarding().bankingFormComplete()))
                .param("formatNotes", profile.invoiceFormatNotes())
                .param("notes", profile.notes())
                .param("vendorNumber", profile.vendorNumber())
                .param("onHold", client.onHold())
                .param("archivedAt", Timestamps.of(client.archivedAt()))
                .param("updatedAt", Timestamps.of(client.updatedAt()))
                .param("id", client.id().value())
                .param("workspace", client.workspaceId().value())
                .param("version", client.version())
                .update();
        if (saved == 0) {
            throw new OptimisticLockingFailureException("Client " + client.id() + " was changed by someone else");
        }
        return new Client(client.id(), client.workspaceId(), profile, client.onHold(), client.archivedAt(),
                client.createdAt(), client.updatedAt(), client.version() + 1);
    }

    /**
     * Sets the hold unless it is already so; says whether it changed. Bumps the version, so an edit of the
     * client read before the change is refused as changed by someone else.
     */
    boolean setOnHold(WorkspaceId workspace, ClientId id, boolean hold, Instant at) {
        return jdbc.sql("""
                UPDATE clients SET on_hold = :hold, updated_at = :at, version = version + 1
                WHERE id = :id AND workspace_id = :workspace AND on_hold <> :hold""")
                .param("hold", hold)
                .param("at", Timestamps.of(at))
                .param("id", id.value())
                .param("workspace", workspace.value())
                .update() == 1;
    }

    private static Client client(ResultSet rs, int row) throws SQLException {
        String termsBasis = rs.getString("payment_terms_basis");
        Integer termsDays = (Integer) rs.getObject("payment_terms_days");
        String paymentMethod = rs.getString("payment_method_preference");
        BillingProfile profile = new BillingProfile(
                rs.getString("name"), rs.getString("legal_name"), rs.getString("billing_email"),
                List.of((String[]) array(rs.getArray("cc_emails"))),
                new Contact(rs.getString("billing_contact_name"), rs.getString("billing_contact_email"),
                        rs.getString("billing_contact_phone")),
                new Contact(rs.getString("ap_contact_name"), rs.getString("ap_contact_email"),
                        rs.getString("ap_contact_phone")),
                new Address(rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("address_city"),
                        rs.getString("address_state"), rs.getString("address_postal_code"),
                        rs.getString("address_country")),
                termsBasis == null || termsDays == null ? null
                        : new PaymentTerms(PaymentTerms.Basis.valueOf(termsBasis), termsDays),
                rs.getBoolean("po_required"), rs.getString("default_po_number"),
                DeliveryMethod.valueOf(rs.getString("delivery_method")), rs.getString("ap_portal_url"),
                paymentMethod == null ? null : PaymentMethod.valueOf(paymentMethod),
                Arrays.asList((Integer[]) array(rs.getArray("ap_payment_run_days"))),
                rs.getBoolean("tax_exempt"), rs.getBoolean("tax_exemption_certificate"),
                new VendorOnboarding(rs.getBoolean("w9_sent"), rs.getBoolean("coi_sent"),
                        rs.getBoolean("vendor_form_complete"), rs.getBoolean("banking_form_complete")),
                rs.getString("invoice_format_notes"), rs.getString("notes"), rs.getString("vendor_number"));
        Timestamp archivedAt = rs.getTimestamp("archived_at");
        return new Client(new ClientId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)), profile, rs.getBoolean("on_hold"),
                archivedAt == null ? null : archivedAt.toInstant(), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }

    private static Object[] array(Array array) throws SQLException {
        return (Object[]) array.getArray();
    }
}
