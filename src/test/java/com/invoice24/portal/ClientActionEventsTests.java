package com.invoice24.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.collections.DisputeOpened;
import com.invoice24.collections.PaymentPromised;
import com.invoice24.invoicing.ApprovalInfoRequested;
import com.invoice24.invoicing.ApprovalNeed;
import com.invoice24.invoicing.InvoiceReceiptConfirmed;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What the client's answers in the portal announce, in the transaction that records them, and that each
 * announcement survives the event publication registry's JSON. (Events are recorded on the thread that publishes
 * them, so these call the portal's actions directly; {@link ClientActionsTests} walks the same actions over HTTP.)
 */
@RecordApplicationEvents
class ClientActionEventsTests extends IntegrationTest {

    @Autowired
    private PortalInvoices invoices;
    @Autowired
    private ClientActions actions;
    @Autowired
    private ApplicationEvents events;
    @Autowired
    private EventSerializer serializer;

    private OpenedInvoice opened;

    @BeforeEach
    void globexHasAnInvoiceLink() {
        setToday("2026-03-02");
        Workspace acme = signUp("Acme Consulting LLC");
        String invoice = invoices(acme).forClient(clients(acme).globex().create()).line("Retainer", "1", "5000").sent();
        String url = (String) http.get().uri("/api/v1/invoices/{id}/portal-link", invoice).headers(acme::authorize)
                .exchange().expectStatus().isOk().returnResult(Map.class).getResponseBody().get("url");
        opened = invoices.open(URI.create(url).getPath().substring("/portal/".length()), null);
        events.clear();
    }

    @Test
    void confirmingReceiptTwiceAnnouncesItOnce() {
        actions.confirmReceipt(opened, "Pat Lee");
        actions.confirmReceipt(opened, "Sam Ortiz");

        assertThat(events.stream(InvoiceReceiptConfirmed.class)).singleElement().satisfies(event -> {
            assertThat(event.invoice()).isEqualTo(opened.invoice().id());
            assertThat(event.client()).isEqualTo(opened.invoice().clientId());
            assertThat(event.number()).isEqualTo(opened.invoice().label());
            assertThat(event.confirmedBy()).isEqualTo("Pat Lee");
        });
    }

    @Test
    void eachAnswerIsAnnouncedWithWhatTheClerkSaid() {
        actions.requestApprovalInfo(opened, ApprovalNeed.VENDOR_FORM, "  Our 2026 vendor form  ", " Pat Lee ");
        actions.promise(opened, LocalDate.parse("2026-03-20"), "Pat Lee");
        actions.dispute(opened, "Line 2 bills hours we did not approve", "Pat Lee");

        assertThat(events.stream(ApprovalInfoRequested.class)).singleElement().satisfies(event -> {
            assertThat(event.need()).isEqualTo(ApprovalNeed.VENDOR_FORM);
            assertThat(event.message()).isEqualTo("Our 2026 vendor form");
            assertThat(event.requestedBy()).isEqualTo("Pat Lee");
        });
        assertThat(events.stream(PaymentPromised.class)).singleElement().satisfies(event -> {
            assertThat(event.promisedDate()).isEqualTo(LocalDate.parse("2026-03-20"));
            assertThat(event.promisedBy()).isEqualTo("Pat Lee");
            assertThat(event.byClient()).isTrue();
        });
        assertThat(events.stream(DisputeOpened.class)).singleElement().satisfies(event ->
                assertThat(event.reason()).isEqualTo("Line 2 bills hours we did not approve"));
    }

    @Test
    void theAnnouncementsSurviveTheRegistrysJson() {
        actions.confirmReceipt(opened, "Pat Lee");
        actions.requestApprovalInfo(opened, ApprovalNeed.OTHER, "Supplier number", "Pat Lee");
        actions.promise(opened, LocalDate.parse("2026-03-20"), "Pat Lee");

        List<Object> announced = Stream.of(InvoiceReceiptConfirmed.class, ApprovalInfoRequested.class,
                PaymentPromised.class).flatMap(type -> events.stream(type).map(Object.class::cast)).toList();
        assertThat(announced).hasSize(3);
        for (Object event : announced) {
            assertThat(serializer.deserialize(serializer.serialize(event), event.getClass())).isEqualTo(event);
        }
    }
}
