package com.invoice24.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.TestDatabase;
import com.invoice24.workspace.AuditableChange;
import com.invoice24.workspace.AuditableChange.Actor;
import com.invoice24.workspace.AuditableChange.Subject;
import com.invoice24.workspace.MemberId;
import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit module on its own: a feature publishes an {@link AuditableChange} in its transaction and the log has
 * the entry, or none if that transaction rolls back. Only {@code audit} and {@code shared} (the clock, the database)
 * are started; the one bean it uses from {@code workspace} is mocked, and no feature module runs.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "shared")
@Import(TestDatabase.Setup.class)
// The database is the one every context of the run uses: no jobs of its own, and no picking up of events that
// another context's listeners have yet to finish.
@TestPropertySource(properties = {
        "invoice24.jobs.enabled=false",
        "spring.modulith.events.republish-outstanding-events-on-restart=false"})
class AuditModuleTests {

    @Autowired
    private AuditLog log;

    /** What the log's page and API read the workspace's time zone from; nothing here asks. */
    @MockitoBean
    private WorkspaceSettingsService settings;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private Clock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry);
    }

    @Test
    void aChangePublishedByAFeatureIsWrittenByWhoeverMadeIt(Scenario scenario) {
        WorkspaceId acme = workspace();
        Actor dana = new Actor(new MemberId(UUID.randomUUID()), "Dana Whitfield");

        scenario.publish(new AuditableChange(acme, Subject.CLIENT, "c-1", "Globex", "changed",
                        "Payment terms: Net 30 → Net 45", dana))
                .andWaitForStateChange(() -> entries(acme), entries -> !entries.isEmpty())
                .andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
                    assertThat(entry.memberId()).isEqualTo(dana.id().value());
                    assertThat(entry.memberName()).isEqualTo("Dana Whitfield");
                    assertThat(entry.subject()).isEqualTo(Subject.CLIENT);
                    assertThat(entry.subjectLabel()).isEqualTo("Globex");
                    assertThat(entry.summary()).isEqualTo("Payment terms: Net 30 → Net 45");
                }));
    }

    @Test
    void aChangeWithNobodySignedInIsTheSystems(Scenario scenario) {
        WorkspaceId acme = workspace();

        scenario.publish(new AuditableChange(acme, Subject.INVOICE, "i-1", "INV-0007", "late fee charged",
                        "Late fee $25.00", null))
                .andWaitForStateChange(() -> entries(acme), entries -> !entries.isEmpty())
                .andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
                    assertThat(entry.memberId()).isNull();
                    assertThat(entry.memberName()).isEqualTo(AuditLog.SYSTEM_NAME);
                }));
    }

    @Test
    void aChangeWhoseTransactionRollsBackLeavesNoEntry() {
        WorkspaceId acme = workspace();

        transactions.executeWithoutResult(transaction -> {
            events.publishEvent(new AuditableChange(acme, Subject.ITEM, "item-1", "Strategy workshop", "created",
                    "Added", null));
            transaction.setRollbackOnly();
        });

        assertThat(entries(acme)).isEmpty();
    }

    @Test
    void aChangeThatChangedNothingIsNotWritten() {
        WorkspaceId acme = workspace();

        transactions.executeWithoutResult(transaction -> events.publishEvent(
                new AuditableChange(acme, Subject.SETTINGS, "settings", "Settings", "changed", " ", null)));

        assertThat(entries(acme)).isEmpty();
    }

    private List<AuditEntry> entries(WorkspaceId workspace) {
        return log.entries(workspace, AuditQuery.parse(null, null, null, null, null, null), ZoneOffset.UTC).items();
    }

    /** A workspace row for the log's entries to belong to; the workspace module's sign-up is more than these need. */
    private WorkspaceId workspace() {
        WorkspaceId id = new WorkspaceId(UUID.randomUUID());
        jdbc.sql("INSERT INTO workspaces (id, name, created_at, version) VALUES (:id, 'Acme Consulting LLC', :at, 0)")
                .param("id", id.value())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return id;
    }
}
