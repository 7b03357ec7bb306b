package com.invoice24.catalog;

import com.invoice24.shared.ResultPage;
import com.invoice24.shared.Timestamps;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invoice templates with their lines, one workspace at a time. */
@Repository
class InvoiceTemplates {

    private static final String COLUMNS =
            "id, workspace_id, name, billing_model, notes, payment_terms_days, attachments, version";

    private final JdbcClient jdbc;
    private final Clock clock;

    InvoiceTemplates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<InvoiceTemplate> find(WorkspaceId workspace, TemplateId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invoice_templates WHERE workspace_id = :workspaceId AND id = :id")
                .param("workspaceId", workspace.value())
                .param("id", id.value())
                .query(InvoiceTemplates::template)
                .optional()
                .map(template -> withLines(workspace, List.of(template)).get(0));
    }

    ResultPage<InvoiceTemplate> list(WorkspaceId workspace, int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM invoice_templates WHERE workspace_id = :workspaceId")
                .param("workspaceId", workspace.value())
                .query(Long.class)
                .single();
        List<InvoiceTemplate> templates = jdbc.sql("SELECT " + COLUMNS + """
                         FROM invoice_templates WHERE workspace_id = :workspaceId
                        ORDER BY lower(name), id LIMIT :size OFFSET :offset""")
                .param("workspaceId", workspace.value())
                .param("size", size)
                .param("offset", (long) page * size)
                .query(InvoiceTemplates::template)
                .list();
        return new ResultPage<>(withLines(workspace, templates), page, size, total);
    }

    void add(InvoiceTemplate template) {
        jdbc.sql("""
                INSERT INTO invoice_templates (id, workspace_id, name, billing_model, notes, payment_terms_days,
                                               attachments, created_at, updated_at, version)
                VALUES (:id, :workspaceId, :name, :billingModel, :notes, :paymentTermsDays,
                        :attachments, :now, :now, 0)""")
                .param("id", template.id().value())
                .param("workspaceId", template.workspaceId().value())
                .param("name", template.name())
                .param("billingModel", template.billingModel().name())
                .param("notes", template.notes())
                .param("paymentTermsDays", template.paymentTermsDays())
                .param("attachments", names(template))
                .param("now", Timestamps.of(clock.instant()))
                .update();
        addLines(template);
    }

    /** Saves the template if nobody else saved it since it was read; else the change is refused (409). */
    void update(InvoiceTemplate template) {
        int updated = jdbc.sql("""
                UPDATE invoice_templates
                SET name = :name, billing_model = :billingModel, notes = :notes,
                    payment_terms_days = :paymentTermsDays, attachments = :attachments, updated_at = :now,
                    version = version + 1
                WHERE workspace_id = :workspaceId AND id = :id AND version = :version""")
                .param("name", template.name())
                .param("billingModel", template.billingModel().name())
                .param("notes", template.notes())
                .param("paymentTermsDays", template.paymentTermsDays())
                .param("attachments", names(template))
                .param("now", Timestamps.of(clock.instant()))
                .param("workspaceId", template.workspaceId().value())
                .param("id", template.id().value())
                .param("version", template.version())
                .update();
        if (updated == 0) {
            throw new WrongStateException(
                    "Someone else changed this template at the same time. Reload it and try again.");
        }
        deleteLines(template.workspaceId(), template.id());
        addLines(template);
    }

    boolean delete(WorkspaceId workspace, TemplateId id) {
        deleteLines(workspace, id);
        return jdbc.sql("DELETE FROM invoice_templates WHERE workspace_id = :workspaceId AND id = :id")
                .param("workspaceId", workspace.value())
                .param("id", id.value())
                .update() > 0;
    }

    private void deleteLines(WorkspaceId workspace, TemplateId id) {
        jdbc.sql("DELETE FROM invoice_template_lines WHERE workspace_id = :workspaceId AND template_id = :templateId")
                .param("workspaceId", workspace.value())
                .param("templateId", id.value())
                .update();
    }

    private void addLines(InvoiceTemplate template) {
        for (int position = 0; position < template.lines().size(); position++) {
            TemplateLine line = template.lines().get(position);
            jdbc.sql("""
                    INSERT INTO invoice_template_lines (template_id, position, workspace_id, item_id, description,
                                                        quantity, unit, unit_price, taxable)
                    VALUES (:templateId, :position, :workspaceId, :itemId, :description,
                            :quantity, :unit, :unitPrice, :taxable)""")
                    .param("templateId", template.id().value())
                    .param("position", position)
                    .param("workspaceId", template.workspaceId().value())
                    .param("itemId", line.itemId() == null ? null : line.itemId().value())
                    .param("description", line.description())
                    .param("quantity", line.quantity())
                    .param("unit", line.unit().name())
                    .param("unitPrice", line.unitPrice())
                    .param("taxable", line.taxable())
                    .update();
        }
    }

    private List<InvoiceTemplate> withLines(WorkspaceId workspace, List<InvoiceTemplate> templates) {
        if (templates.isEmpty()) {
            return templates;
        }
        Map<UUID, List<TemplateLine>> lines = new HashMap<>();
        jdbc.sql("""
                SELECT template_id, item_id, description, quantity, unit, unit_price, taxable
                FROM invoice_template_lines
                WHERE workspace_id = :workspaceId AND template_id IN (:templateIds)
                ORDER BY template_id, position""")
                .param("workspaceId", workspace.value())
                .param("templateIds", templates.stream().map(template -> template.id().value()).toList())
                .query(rs -> {
                    UUID item = rs.getObject("item_id", UUID.class);
                    lines.computeIfAbsent(rs.getObject("template_id", UUID.class), template -> new ArrayList<>())
                            .add(new TemplateLine(item == null ? null : new ItemId(item), rs.getString("description"),
                                    rs.getBigDecimal("quantity"), Unit.valueOf(rs.getString("unit")),
                                    rs.getBigDecimal("unit_price"), rs.getBoolean("taxable")));
                });
        return templates.stream()
                .map(template -> template.withLines(lines.getOrDefault(template.id().value(), List.of())))
                .toList();
    }

    private static InvoiceTemplate template(ResultSet rs, int row) throws SQLException {
        String[] attachments = (String[]) rs.getArray("attachments").getArray();
        return new InvoiceTemplate(new TemplateId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getString("name"),
                BillingModel.valueOf(rs.getString("billing_model")), List.of(), rs.getString("notes"),
                rs.getObject("payment_terms_days", Integer.class),
                Arrays.stream(attachments).map(SupportingDocument::valueOf).collect(Collectors.toSet()),
                rs.getLong("version"));
    }

    private static String[] names(InvoiceTemplate template) {
        return template.attachments().stream().map(Enum::name).toArray(String[]::new);
    }
}
