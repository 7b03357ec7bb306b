package com.invoice24.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.invoice24.IntegrationTest;
import com.invoice24.clients.ClientId;
import com.invoice24.shared.Money;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What invoicing announces, in the transaction that changes the invoice, and that each announcement
 * survives the event publication registry's JSON (Money as "1000.00", ids as UUIDs).
 */
@RecordApplicationEvents
class InvoiceEventsTests extends IntegrationTest {

    @Autowired
    private Invoicing invoicing;
    @Autowired
    private OverdueInvoices overdue;
    @Autowired
    private UserDetailsService members;
    @Autowired
    private EventSerializer serializer;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private ApplicationEvents events;

    @Test
    void sendingAPartPaymentAndTheRestAnnounceSentPartiallyPaidAndPaid() {
        setNow("2026-03-02T15:00:00Z");
        Workspace acme = signUp("Acme Consulting LLC");
        CurrentUser owner = owner(acme);
        InvoiceId id = draft(acme, "2026-03-02", "2026-04-01");

        Invoice sent = invoicing.send(owner, id);
        pay(owner.workspaceId(), id, "400.00");
        pay(owner.workspaceId(), id, "600.00");

        assertThat(events.stream(InvoiceSent.class)).singleElement().satisfies(event -> {
            assertThat(event.invoice()).isEqualTo(id);
            assertThat(event.number()).isEqualTo(sent.number());
            assertThat(event.total()).isEqualTo(Money.usd("1000.00"));
            assertThat(event.dueDate()).isEqualTo(LocalDate.parse("2026-04-01"));
        });
        assertThat(events.stream(InvoicePartiallyPaid.class)).singleElement().satisfies(event -> {
            assertThat(event.applied()).isEqualTo(Money.usd("400.00"));
            assertThat(event.balanceDue()).isEqualTo(Money.usd("600.00"));
        });
        assertThat(events.stream(InvoicePaid.class)).singleElement()
                .satisfies(event -> assertThat(event.invoice()).isEqualTo(id));
    }

    @Test
    void voidingAndWritingOffAreAnnouncedWithTheirReasons() {
        setNow("2026-03-02T15:00:00Z");
        Workspace acme = signUp("Acme Consulting LLC");
        CurrentUser owner = owner(acme);
        InvoiceId voided = draft(acme, "2026-03-02", "2026-04-01");
        InvoiceId writtenOff = draft(acme, "2026-03-02", "2026-04-01");
        invoicing.send(owner, voided);
        invoicing.send(owner, writtenOff);

        invoicing.voidInvoice(owner, voided, "Wrong client");
        pay(owner.workspaceId(), writtenOff, "250.00");
        invoicing.writeOff(owner, writtenOff, "Client went out of business");

        assertThat(events.stream(InvoiceVoided.class)).singleElement().satisfies(event -> {
            assertThat(event.invoice()).isEqualTo(voided);
            assertThat(event.reason()).isEqualTo("Wrong client");
        });
        assertThat(events.stream(InvoiceWrittenOff.class)).singleElement().satisfies(event -> {
            assertThat(event.invoice()).isEqualTo(writtenOff);
            assertThat(event.amount()).isEqualTo(Money.usd("750.00"));
            assertThat(event.reason()).isEqualTo("Client went out of business");
        });
    }

    @Test
    void theClientsFirstViewIsRecordedAndAnnouncedOnceAndADraftCannotBeViewed() {
        setNow("2026-03-02T15:00:00Z");
        Workspace acme = signUp("Acme Consulting LLC");
        CurrentUser owner = owner(acme);
        InvoiceId id = draft(acme, "2026-03-02", "2026-04-01");
        assertThatThrownBy(() -> invoicing.recordClientView(owner.workspaceId(), id, "Chrome on macOS"))
                .isInstanceOf(WrongStateException.class);
        invoicing.send(owner, id);

        Invoice viewed = invoicing.recordClientView(owner.workspaceId(), id, "Chrome on macOS");
        setNow("2026-03-03T15:00:00Z");
        invoicing.recordClientView(owner.workspaceId(), id, "Chrome on macOS");

        assertThat(viewed.viewedAt()).isEqualTo(Instant.parse("2026-03-02T15:00:00Z"));
        assertThat(viewed.status(LocalDate.parse("2026-03-02"))).isEqualTo(InvoiceStatus.VIEWED);
        assertThat(invoicing.invoice(owner.workspaceId(), id).viewedAt()).isEqualTo(viewed.viewedAt());
        assertThat(events.stream(InvoiceViewed.class)).singleElement()
                .satisfies(event -> assertThat(event.invoice()).isEqualTo(id));
    }

    @Test
    void anInvoiceIsAnnouncedOverdueOnceItsDueDatePassedInTheWorkspacesTimeZone() {
        setNow("2026-03-02T15:00:00Z");
        Workspace acme = signUp("Acme Consulting LLC");
        CurrentUser owner = owner(acme);
        InvoiceId id = draft(acme, "2026-03-02", "2026-03-10");
        invoicing.send(owner, id);

        setNow("2026-03-11T03:00:00Z");
        List<InvoiceOverdue> stillTheTenthInNewYork = overdue.announce();
        setNow("2026-03-11T05:00:00Z");
        List<InvoiceOverdue> theEleventhInNewYork = overdue.announce();
        List<InvoiceOverdue> runAgain = overdue.announce();

        assertThat(stillTheTenthInNewYork).noneMatch(event -> event.invoice().equals(id));
        assertThat(theEleventhInNewYork).filteredOn(event -> event.invoice().equals(id)).singleElement()
                .satisfies(event -> {
                    assertThat(event.balanceDue()).isEqualTo(Money.usd("1000.00"));
                    assertThat(event.dueDate()).isEqualTo(LocalDate.parse("2026-03-10"));
                });
        assertThat(runAgain).noneMatch(event -> event.invoice().equals(id));
        // The timeline's listener runs asynchronously after the commit; the registry marks it completed then.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(jdbc().sql("SELECT count(*) FROM event_publication WHERE event_type = :type "
                            + "AND serialized_event LIKE :invoice AND completion_date IS NOT NULL")
                    .param("type", InvoiceOverdue.class.getName())
                    .param("invoice", "%" + id.value() + "%")
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(invoicing.activity(owner.workspaceId(), id)).extracting(Activity::detail)
                    .contains("Overdue: $1,000.00 was due Mar 10, 2026");
        });
    }

    @Test
    void aWorkspaceKeptAtAFixedOffsetWestOfUtcSeesItsInvoiceOverdueOnlyAfterItsOwnMidnight() {
        setNow("2026-03-02T15:00:00Z");
        Workspace acme = signUp("Acme Consulting LLC");
        http.put().uri("/api/v1/workspace").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("timeZone", "-10:00")).exchange().expectStatus().isOk();
        CurrentUser owner = owner(acme);
        InvoiceId id = draft(acme, "2026-03-02", "2026-03-10");
        invoicing.send(owner, id);

        setNow("2026-03-11T09:00:00Z");
        List<InvoiceOverdue> stillTheTenthThere = overdue.announce();
        setNow("2026-03-11T11:00:00Z");
        List<InvoiceOverdue> theEleventhThere = overdue.announce();

        assertThat(stillTheTenthThere).noneMatch(event -> event.invoice().equals(id));
        assertThat(theEleventhThere).anyMatch(event -> event.invoice().equals(id));
    }

    @Test
    void everyInvoicingEventReadsBackFromTheRegistrysJsonAsItWasPublished() {
        WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());
        InvoiceId invoice = InvoiceId.random();
        ClientId client = new ClientId(UUID.randomUUID());
        Instant at = Instant.parse("2026-03-02T15:00:00.123456Z");
        Money total = Money.usd("1250.50");
        List<Object> published = List.of(
                new InvoiceSent(workspace, invoice, client, "INV-2026-0001", total, LocalDate.parse("2026-04-01"), at),
                new InvoiceViewed(workspace, invoice, client, "INV-2026-0001", at),
                new InvoicePartiallyPaid(workspace, invoice, client, "INV-2026-0001", Money.usd("250.00"),
                        Money.usd("1000.50"), at),
                new InvoicePaid(workspace, invoice, client, "INV-2026-0001", at),
                new InvoiceVoided(workspace, invoice, client, "INV-2026-0001", "Wrong client", at),
                new InvoiceWrittenOff(workspace, invoice, client, "INV-2026-0001", total, "Bankrupt", at),
                new InvoiceOverdue(workspace, invoice, client, "INV-2026-0001", LocalDate.parse("2026-04-01"), total,
                        at));

        for (Object event : published) {
            Object json = serializer.serialize(event);
            assertThat(serializer.deserialize(json, event.getClass())).isEqualTo(event);
        }
    }

    private CurrentUser owner(Workspace workspace) {
        return (CurrentUser) members.loadUserByUsername(workspace.ownerEmail());
    }

    private void pay(WorkspaceId workspace, InvoiceId id, String amount) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> invoicing.applyPayments(
                List.of(new InvoicePayment(invoicing.lock(workspace, id), Money.usd(amount), "Check")), null));
    }

    private InvoiceId draft(Workspace workspace, String issueDate, String dueDate) {
        String client = (String) http.post().uri("/api/v1/clients").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Globex " + UUID.randomUUID(), "billingEmail", "ap@globex.example"))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        Map<String, Object> draft = Map.of("clientId", client, "issueDate", issueDate, "dueDate", dueDate,
                "lines", List.of(Map.of("description", "Discovery workshop (4 hours)", "quantity", "4",
                        "unitPrice", "250")));
        return new InvoiceId(UUID.fromString(InvoiceApiTests.id(http.post().uri("/api/v1/invoices")
                .headers(workspace::authorize).contentType(MediaType.APPLICATION_JSON).body(draft).exchange())));
    }

    private void setNow(String now) {
        http.put().uri("/api/v1/test/clock").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("now", now)).exchange().expectStatus().isOk();
    }
}
