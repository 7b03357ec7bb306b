package com.invoice24.portal;

import com.invoice24.delivery.EmailKind;
import com.invoice24.delivery.OutgoingEmail;
import com.invoice24.delivery.Outbox;
import com.invoice24.invoicing.Invoice;
import com.invoice24.shared.PublicAddress;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.MemberDirectory;
import com.invoice24.workspace.WorkspaceSettings;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emails the provider what a client did in the portal, with a link to the invoice's page, in the transaction that
 * records it: the email goes out exactly when the action happened. It goes to the workspace's own address, or to
 * its owner while the workspace has none.
 */
@Component
class ProviderNotices {

    private final Outbox outbox;
    private final WorkspaceSettingsService workspaces;
    private final MemberDirectory members;
    private final PublicAddress address;

    ProviderNotices(Outbox outbox, WorkspaceSettingsService workspaces, MemberDirectory members,
                    PublicAddress address) {
        this.outbox = outbox;
        this.workspaces = workspaces;
        this.members = members;
        this.address = address;
    }

    /** {@code said}: what happened, in a sentence or a few paragraphs, naming the client and the invoice. */
    @Transactional(propagation = Propagation.MANDATORY)
    void tell(Invoice invoice, String subject, String said) {
        WorkspaceSettings provider = workspaces.settingsOf(invoice.workspaceId());
        Optional<String> to = provider.email() != null && !provider.email().isBlank() ? Optional.of(provider.email())
                : members.firstOwner(invoice.workspaceId()).map(CurrentUser::email);
        to.ifPresent(recipient -> outbox.queue(new OutgoingEmail(invoice.workspaceId(), EmailKind.CLIENT_NOTICE,
                invoice.id().value(), null, recipient, List.of(), subject, said + "\n\n"
                + "Invoice " + invoice.label() + ": $" + invoice.total().formatted() + ", $"
                + invoice.balanceDue().formatted() + " due.\n"
                + "See the invoice: " + address.of("/invoices/" + invoice.id().value()) + "\n", List.of())));
    }
}
