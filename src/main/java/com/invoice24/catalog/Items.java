package com.invoice24.catalog;

import com.invoice24.clients.ClientId;
import com.invoice24.shared.ResultPage;
import com.invoice24.shared.Timestamps;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The item library with each item's client rates, one workspace at a time. */
@Repository
class Items {

    private static final String COLUMNS =
            "id, workspace_id, name, description, unit, unit_price, taxable, category, archived_at, version";
    /** An empty search text is found in every name: {@code strpos(name, '') = 1}. */
    private static final String MATCHING = """
            FROM items
            WHERE workspace_id = :workspaceId
              AND (:includeArchived OR archived_at IS NULL)
              AND strpos(lower(name), lower(:text)) > 0""";

    private final JdbcClient jdbc;
    private final Clock clock;

    Items(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Item> find(WorkspaceId workspace, ItemId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM items WHERE workspace_id = :workspaceId AND id = :id")
                .param("workspaceId", workspace.value())
                .param("id", id.value())
                .query(Items::item)
                .optional()
                .map(item -> withRates(workspace, List.of(item)).get(0));
    }

    ResultPage<Item> search(WorkspaceId workspace, ItemQuery query) {
        long total = jdbc.sql("SELECT count(*) " + MATCHING)
                .param("workspaceId", workspace.value())
                .param("includeArchived", query.includeArchived())
                .param("text", query.text().strip())
                .query(Long.class)
                .single();
        List<Item> items = jdbc.sql("SELECT " + COLUMNS + " " + MATCHING
                        + " ORDER BY lower(name), id LIMIT :size OFFSET :offset")
                .param("workspaceId", workspace.value())
                .param("includeArchived", query.includeArchived())
                .param("text", query.text().strip())
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(Items::item)
                .list();
        return new ResultPage<>(withRates(workspace, items), query.page(), query.size(), total);
    }

    void add(Item item) {
        jdbc.sql("""
                INSERT INTO items (id, workspace_id, name, description, unit, unit_price, taxable, category,
                                   archived_at, created_at, updated_at, version)
                VALUES (:id, :workspaceId, :name, :description, :unit, :unitPrice, :taxable, :category,
                        :archivedAt, :now, :now, 0)""")
                .param("id", item.id().value())
                .param("workspaceId", item.workspaceId().value())
                .param("name", item.name())
                .param("description", item.description())
                .param("unit", item.unit().name())
                .param("unitPrice", item.unitPrice())
                .param("taxable", item.taxable())
                .param("category", item.category())
                .param("archivedAt", Timestamps.of(item.archivedAt()))
                .param("now", Timestamps.of(clock.instant()))
                .update();
        addRates(item);
    }

    /** Saves the item if nobody else saved it since it was read; else the change is refused (409). */
    void update(Item item) {
        int updated = jdbc.sql("""
                UPDATE items
                SET name = :name, description = :description, unit = :unit, unit_price = :unitPrice,
                    taxable = :taxable, category = :category, archived_at = :archivedAt, updated_at = :now,
                    version = version + 1
                WHERE workspace_id = :workspaceId AND id = :id AND version = :version""")
                .param("name", item.name())
                .param("description", item.description())
                .param("unit", item.unit().name())
                .param("unitPrice", item.unitPrice())
                .param("taxable", item.taxable())
                .param("category", item.category())
                .param("archivedAt", Timestamps.of(item.archivedAt()))
                .param("now", Timestamps.of(clock.instant()))
                .param("workspaceId", item.workspaceId().value())
                .param("id", item.id().value())
                .param("version", item.version())
                .update();
        if (updated == 0) {
            throw new WrongStateException("Someone else changed this item at the same time. Reload it and try again.");
        }
        jdbc.sql("DELETE FROM item_client_rates WHERE workspace_id = :workspaceId AND item_id = :itemId")
                .param("workspaceId", item.workspaceId().value())
                .param("itemId", item.id().value())
                .update();
        addRates(item);
    }

    private void addRates(Item item) {
        for (ClientRate rate : item.clientRates()) {
            jdbc.sql("""
                    INSERT INTO item_client_rates (item_id, client_id, workspace_id, unit_price)
                    VALUES (:itemId, :clientId, :workspaceId, :unitPrice)""")
                    .param("itemId", item.id().value())
                    .param("clientId", rate.clientId().value())
                    .param("workspaceId", item.workspaceId().value())
                    .param("unitPrice", rate.unitPrice())
                    .update();
        }
    }

    private List<Item> withRates(WorkspaceId workspace, List<Item> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<UUID, List<ClientRate>> rates = new HashMap<>();
        jdbc.sql("""
                SELECT item_id, client_id, unit_price FROM item_client_rates
                WHERE workspace_id = :workspaceId AND item_id IN (:itemIds)
                ORDER BY client_id""")
                .param("workspaceId", workspace.value())
                .param("itemIds", items.stream().map(item -> item.id().value()).toList())
                .query(rs -> {
                    rates.computeIfAbsent(rs.getObject("item_id", UUID.class), item -> new ArrayList<>())
                            .add(new ClientRate(new ClientId(rs.getObject("client_id", UUID.class)),
                                    rs.getBigDecimal("unit_price")));
                });
        return items.stream()
                .map(item -> item.withRates(rates.getOrDefault(item.id().value(), List.of())))
                .toList();
    }

    private static Item item(ResultSet rs, int row) throws SQLException {
        Timestamp archivedAt = rs.getTimestamp("archived_at");
        return new Item(new ItemId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                rs.getString("name"), rs.getString("description"), Unit.valueOf(rs.getString("unit")),
                rs.getBigDecimal("unit_price"), rs.getBoolean("taxable"), rs.getString("category"),
                archivedAt == null ? null : archivedAt.toInstant(), List.of(), rs.getLong("version"));
    }
}
