package com.invoice24.workspace;

import com.invoice24.shared.Timestamps;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every change of a workspace's payment instructions, before and after, by whom and when. */
@Repository
class PaymentInstructionChanges {

    private final JdbcClient jdbc;

    PaymentInstructionChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param by the member who changed them; null when the app did (the demo's set-up) */
    void record(WorkspaceId workspace, PaymentInstructions before, PaymentInstructions after, Instant at,
                @Nullable MemberId by, String byName) {
        PaymentInstructions was = before.normalized();
        PaymentInstructions now = after.normalized();
        jdbc.sql("""
                INSERT INTO payment_instruction_changes (id, workspace_id, changed_at, changed_by, changed_by_name,
                    before_ach, before_wire, before_check, before_card_url,
                    after_ach, after_wire, after_check, after_card_url)
                VALUES (:id, :workspace, :at, :by, :byName, :beforeAch, :beforeWire, :beforeCheck, :beforeCard,
                    :afterAch, :afterWire, :afterCheck, :afterCard)""")
                .param("id", UUID.randomUUID())
                .param("workspace", workspace.value())
                .param("at", Timestamps.of(at))
                .param("by", by == null ? null : by.value())
                .param("byName", byName)
                .param("beforeAch", was.ach())
                .param("beforeWire", was.wire())
                .param("beforeCheck", was.check())
                .param("beforeCard", was.cardUrl())
                .param("afterAch", now.ach())
                .param("afterWire", now.wire())
                .param("afterCheck", now.check())
                .param("afterCard", now.cardUrl())
                .update();
    }

    /** When the instructions last changed; empty when no change was recorded. */
    Optional<Instant> lastChangedAt(WorkspaceId workspace) {
        return jdbc.sql("SELECT max(changed_at) FROM payment_instruction_changes WHERE workspace_id = :workspace")
                .param("workspace", workspace.value())
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }
}
