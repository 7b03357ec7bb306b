package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoice24.IntegrationTest;
import com.invoice24.clients.ClientId;
import com.invoice24.clients.PaymentMethod;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.Money;
import com.invoice24.workspace.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The events payments publishes for other modules, seen as they are published on the test's own thread:
 * the money is moved through the services directly (the invoices to pay are set up over HTTP), so the
 * shared application context is used as it is.
 */
@ExtendWith(PublishedEventsExtension.class)
class PaymentEventsTests extends IntegrationTest {

    @Autowired
    private PaymentRecording recording;

    @Autowired
    private CreditNoteService creditNotes;

    @Autowired
    private UserDetailsService members;

    @Test
    void aPaymentTellsWhichInvoicesItPaid(PublishedEvents events) {
        Workspace acme = signUp("Acme Consulting LLC");
        CurrentUser owner = owner(acme);
        UUID client = client(acme);
        UUID older = sent(acme, client, "1000");
        UUID newer = sent(acme, client, "500");

        Payment payment = recording.record(owner, new PaymentRequest(client, Money.usd("1200.00"), null,
                PaymentMethod.ACH, "ACH 4471", null, null));

        assertThat(events.ofType(PaymentRecorded.class)).singleElement().satisfies(recorded -> {
            assertThat(recorded.payment()).isEqualTo(payment.id());
            assertThat(recorded.workspace()).isEqualTo(owner.workspaceId());
            assertThat(recorded.client()).isEqualTo(new ClientId(client));
            assertThat(recorded.amount()).isEqualTo(Money.usd("1200.00"));
            assertThat(recorded.invoices()).containsExactlyInAnyOrder(new InvoiceId(older), new InvoiceId(newer));
        });
    }

    @Test
    void aDepositKeptAsCreditIsRecordedWithNoInvoices(PublishedEvents events) {
        Workspace acme = signUp("Acme Consulting LLC");
        UUID client = client(acme);

        recording.record(owner(acme), new PaymentRequest(client, Money.usd("300.00"), null, PaymentMethod.WIRE, null,
                null, List.of()));

        assertThat(events.ofType(PaymentRecorded.class)).singleElement()
                .satisfies(recorded -> assertThat(recorded.invoices()).isEmpty());
    }

    @Test
    void creditUsedOnInvoicesTellsWhichInvoicesItPaidOnce(PublishedEvents events) {
        Workspace acme = signUp("Acme Consulting LLC");
        CurrentUser owner = owner(acme);
        UUID client = client(acme);
        recording.record(owner, new PaymentRequest(client, Money.usd("1200.00"), null, PaymentMethod.WIRE, null,
                null, List.of()));
        UUID older = sent(acme, client, "1000");
        UUID newer = sent(acme, client, "500");

        recording.applyCredit(owner, new ClientId(client), null, null);

        assertThat(events.ofType(ClientCreditApplied.class)).singleElement().satisfies(applied -> {
            assertThat(applied.client()).isEqualTo(new ClientId(client));
            assertThat(applied.amount()).isEqualTo(Money.usd("1200.00"));
            assertThat(applied.invoices()).containsExactly(new InvoiceId(older), new InvoiceId(newer));
        });
    }

    @Test
    void aReversedPaymentTellsWhichInvoicesAreOwedAgain(PublishedEvents events) {
        Workspace acme = signUp("Acme Consulting LLC");
        CurrentUser owner = owner(acme);
        UUID client = client(acme);
        UUID invoice = sent(acme, client, "800");
        Payment payment = recording.record(owner, new PaymentRequest(client, Money.usd("800.00"), null,
                PaymentMethod.CHECK, "1042", null, null));

        recording.reverse(owner, payment.id(), "Check bounced");

        assertThat(events.ofType(PaymentReversed.class)).singleElement().satisfies(reversed -> {
            assertThat(reversed.payment()).isEqualTo(payment.id());
            assertThat(reversed.client()).isEqualTo(new ClientId(client));
            assertThat(reversed.amount()).isEqualTo(Money.usd("800.00"));
            assertThat(reversed.invoices()).containsExactly(new InvoiceId(invoice));
        });
    }

    @Test
    void aRefusedPaymentTellsNobody(PublishedEvents events) {
        Workspace acme = signUp("Acme Consulting LLC");
        UUID client = client(acme);
        UUID invoice = sent(acme, client, "100");

        assertThatThrownBy(() -> recording.record(owner(acme), new PaymentRequest(client, Money.usd("500.00"), null,
                PaymentMethod.ACH, null, null, List.of(new PaymentRequest.Target(invoice, Money.usd("500.00"))))))
                .isInstanceOf(BusinessRuleException.class);

        assertThat(events.eventOfTypeWasPublished(PaymentRecorded.class)).isFalse();
    }

    @Test
    void aCreditNoteTellsTheInvoiceItCredits(PublishedEvents events) {
        Workspace acme = signUp("Acme Consulting LLC");
        UUID client = client(acme);
        UUID invoice = sent(acme, client, "1000");

        CreditNote note = creditNotes.issue(owner(acme), new CreditNoteRequest(invoice, Money.usd("150.00"),
                "Two hours billed twice", null));

        assertThat(events.ofType(CreditNoteIssued.class)).singleElement().satisfies(issued -> {
            assertThat(issued.creditNote()).isEqualTo(note.id());
            assertThat(issued.number()).isEqualTo(note.number());
            assertThat(issued.client()).isEqualTo(new ClientId(client));
            assertThat(issued.invoice()).isEqualTo(new InvoiceId(invoice));
            assertThat(issued.amount()).isEqualTo(Money.usd("150.00"));
        });
    }

    private CurrentUser owner(Workspace workspace) {
        return (CurrentUser) members.loadUserByUsername(workspace.ownerEmail());
    }

    private UUID client(Workspace workspace) {
        return UUID.fromString((String) http.post().uri("/api/v1/clients").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Globex", "billingEmail", "ap@globex.example"))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id"));
    }

    private UUID sent(Workspace workspace, UUID client, String total) {
        String id = (String) http.post().uri("/api/v1/invoices").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", client, "lines", List.of(Map.of("description", "Bookkeeping – March 2026",
                        "quantity", "1", "unitPrice", total))))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        http.post().uri("/api/v1/invoices/{id}/send", id).headers(workspace::authorize).exchange()
                .expectStatus().isOk();
        return UUID.fromString(id);
    }
}
