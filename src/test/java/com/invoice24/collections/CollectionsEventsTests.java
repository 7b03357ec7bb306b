package com.invoice24.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.invoicing.InvoiceId;
import com.invoice24.workspace.AuditableChange;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.MemberDirectory;
import com.invoice24.workspace.WorkspaceId;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

/** What collections announces to other modules: disputes opened and resolved, clients put on hold and off. */
@ExtendWith(PublishedEventsExtension.class)
class CollectionsEventsTests extends CollectionsTestSupport {

    @Autowired
    Disputes disputes;

    @Autowired
    ClientHolds holds;

    @Autowired
    MemberDirectory members;

    @Test
    void aDisputeIsAnnouncedWhenItOpensAndWhenItIsResolved(AssertablePublishedEvents events) {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String client = client(acme);
        InvoiceId invoice = new InvoiceId(UUID.fromString(sentInvoice(acme, client)));
        CurrentUser owner = (CurrentUser) members.loadUserByUsername(acme.ownerEmail());

        disputes.open(owner, invoice, "Hours for March 3 not approved", LocalDate.of(2026, 3, 20), null);
        disputes.resolve(owner, invoice, Disputes.Outcome.REJECTED, "Timesheet signed");

        assertThat(events).contains(DisputeOpened.class)
                .matching(opened -> opened.invoice().equals(invoice) && opened.client().value().toString().equals(client)
                        && opened.reason().equals("Hours for March 3 not approved"));
        assertThat(events).contains(DisputeResolved.class)
                .matching(resolved -> resolved.invoice().equals(invoice)
                        && resolved.resolution().equals("rejected: Timesheet signed"));
        assertThat(events).contains(AuditableChange.class).matching(AuditableChange::action, "dispute opened");
    }

    @Test
    void aClientIsAnnouncedWhenItGoesOnHoldAndWhenTheHoldLifts(AssertablePublishedEvents events) {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String client = client(acme);
        sentInvoice(acme, client);
        setToday("2026-04-20");

        holds.update();
        holds.savePolicy(new WorkspaceId(acme.id()), new ClientHolds.HoldPolicy(false, 14));
        holds.update();

        assertThat(events).contains(ClientPutOnHold.class)
                .matching(held -> held.client().value().toString().equals(client)
                        && held.reason().startsWith("Invoice ") && held.reason().endsWith("more than 14 days past due"));
        assertThat(events).contains(ClientTakenOffHold.class)
                .matching(lifted -> lifted.client().value().toString().equals(client)
                        && lifted.reason().equals("The pause-work policy is off"));
    }
}
