package com.invoice24.workspace;

import com.invoice24.shared.Address;
import com.invoice24.shared.PaymentTerms;
import com.invoice24.shared.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Workspaces {

    private final JdbcClient jdbc;

    Workspaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Workspace workspace) {
        jdbc.sql("INSERT INTO workspaces (id, name, created_at, version) VALUES (:id, :name, :createdAt, 0)")
                .param("id", workspace.id().value())
                .param("name", workspace.name())
                .param("createdAt", Timestamps.of(workspace.createdAt()))
                .update();
    }

    public Optional<Workspace> find(WorkspaceId id) {
        return jdbc.sql("SELECT id, name, created_at FROM workspaces WHERE id = :id")
                .param("id", id.value())
                .query((rs, row) -> new Workspace(new WorkspaceId(rs.getObject("id", UUID.class)),
                        rs.getString("name"), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    Map<WorkspaceId, ZoneId> timeZones() {
        return jdbc.sql("SELECT id, time_zone FROM workspaces")
                .query((rs, row) -> Map.entry(new WorkspaceId(rs.getObject("id", UUID.class)),
                        ZoneId.of(rs.getString("time_zone"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Optional<WorkspaceSettings> settings(WorkspaceId id) {
        return jdbc.sql("SELECT * FROM workspaces WHERE id = :id")
                .param("id", id.value())
                .query(Workspaces::settings)
                .optional();
    }

    void save(WorkspaceSettings settings) {
        jdbc.sql("""
                UPDATE workspaces SET name = :name, legal_name = :legalName, ein = :ein, email = :email,
                    phone = :phone, address_line1 = :line1, address_line2 = :line2, address_city = :city,
                    address_state = :state, address_postal_code = :postalCode, address_country = :country,
                    default_terms_basis = :termsBasis, default_terms_days = :termsDays,
                    invoice_number_pattern = :pattern, roll_due_dates = :roll,
                    sales_tax_rate_percent = :taxRate, payment_ach = :ach, payment_wire = :wire,
                    payment_check = :check, payment_card_url = :cardUrl, time_zone = :timeZone,
                    w9_offer = :w9Offer,
                    version = version + 1
                WHERE id = :id""")
                .param("id", settings.id().value())
                .param("name", settings.name())
                .param("legalName", settings.legalName())
                .param("ein", settings.ein())
                .param("email", settings.email())
                .param("phone", settings.phone())
                .param("line1", settings.address().line1())
                .param("line2", settings.address().line2())
                .param("city", settings.address().city())
                .param("state", settings.address().state())
                .param("postalCode", settings.address().postalCode())
                .param("country", settings.address().country())
                .param("termsBasis", settings.defaultPaymentTerms().basis().name())
                .param("termsDays", settings.defaultPaymentTerms().days())
                .param("pattern", settings.invoiceNumberPattern().pattern())
                .param("roll", settings.rollDueDateToBusinessDay())
                .param("taxRate", settings.salesTaxRatePercent())
                .param("ach", settings.paymentInstructions().ach())
                .param("wire", settings.paymentInstructions().wire())
                .param("check", settings.paymentInstructions().check())
                .param("cardUrl", settings.paymentInstructions().cardUrl())
                .param("timeZone", settings.timeZone().getId())
                .param("w9Offer", settings.w9Offer().name())
                .update();
    }

    private static WorkspaceSettings settings(ResultSet rs, int row) throws SQLException {
        return new WorkspaceSettings(new WorkspaceId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("legal_name"), rs.getString("ein"), rs.getString("email"), rs.getString("phone"),
                new Address(rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("address_city"),
                        rs.getString("address_state"), rs.getString("address_postal_code"),
                        rs.getString("address_country")),
                new PaymentTerms(PaymentTerms.Basis.valueOf(rs.getString("default_terms_basis")),
                        rs.getInt("default_terms_days")),
                new InvoiceNumberPattern(rs.getString("invoice_number_pattern")),
                rs.getBoolean("roll_due_dates"),
                rs.getBigDecimal("sales_tax_rate_percent").stripTrailingZeros(),
                new PaymentInstructions(rs.getString("payment_ach"), rs.getString("payment_wire"),
                        rs.getString("payment_check"), rs.getString("payment_card_url")),
                ZoneId.of(rs.getString("time_zone")), W9Offer.valueOf(rs.getString("w9_offer")));
    }
}
