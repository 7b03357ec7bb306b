package com.invoice24.clients;

import com.invoice24.shared.PaymentTerms;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A client of the provider with its billing profile. Never deleted once it has history: archived
 * clients keep their invoices and payments, and leave the lists.
 */
public record Client(ClientId id, WorkspaceId workspaceId, BillingProfile profile, boolean onHold,
                     @Nullable Instant archivedAt, Instant createdAt, Instant updatedAt, long version) {

    static Client onboard(WorkspaceId workspace, ClientRequest request, Clock clock) {
        Instant now = clock.instant();
        BillingProfile profile = BillingProfile.named(String.valueOf(request.name()).trim()).revisedBy(request);
        return new Client(ClientId.random(), workspace, profile, false, null, now, now, 0);
    }

    public String name() {
        return profile.name();
    }

    public boolean archived() {
        return archivedAt != null;
    }

    /** The client's own terms, or the workspace's default when the client has none. */
    public PaymentTerms paymentTerms(PaymentTerms workspaceDefault) {
        return profile.paymentTerms() != null ? profile.paymentTerms() : workspaceDefault;
    }

    public List<OnboardingItem> missingOnboarding() {
        return OnboardingItem.missingFor(profile);
    }

    Client revise(ClientRequest change, Clock clock) {
        return new Client(id, workspaceId, profile.revisedBy(change), onHold, archivedAt, createdAt, clock.instant(),
                version);
    }

    Client withDefaultPurchaseOrder(String number, Clock clock) {
        return new Client(id, workspaceId, profile.withDefaultPoNumber(number), onHold, archivedAt, createdAt,
                clock.instant(), version);
    }

    Client archive(Clock clock) {
        if (archived()) {
            throw new WrongStateException("Client " + name() + " is already archived.");
        }
        return new Client(id, workspaceId, profile, onHold, clock.instant(), createdAt, clock.instant(), version);
    }

    Client restore(Clock clock) {
        if (!archived()) {
            throw new WrongStateException("Client " + name() + " is not archived.");
        }
        return new Client(id, workspaceId, profile, onHold, null, createdAt, clock.instant(), version);
    }
}
