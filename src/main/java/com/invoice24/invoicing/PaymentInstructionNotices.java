package com.invoice24.invoicing;

import com.invoice24.clients.BillingProfile;
import com.invoice24.clients.Client;
import com.invoice24.clients.ClientId;
import com.invoice24.clients.Clients;
import com.invoice24.delivery.EmailKind;
import com.invoice24.delivery.OutgoingEmail;
import com.invoice24.delivery.Outbox;
import com.invoice24.shared.PublicAddress;
import com.invoice24.workspace.PaymentInstructions;
import com.invoice24.workspace.PaymentInstructionsChanged;
import com.invoice24.workspace.WorkspaceSettings;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every client who owes money that the payment instructions changed, and how to check the change is
 * genuine, before they pay to the new details. Runs inside the transaction that changed them (a plain
 * listener, like the audit log), so the change and its notices commit together or not at all.
 *
 * <p>The email names the methods that changed and at most the last four digits of a new account: a
 * forwarded or intercepted notice hands a thief nothing to copy.
 */
@Component
class PaymentInstructionNotices {

    private static final Pattern NUMBER = Pattern.compile("\\d{4,}");

    private final Invoices invoices;
    private final Clients clients;
    private final WorkspaceSettingsService workspaces;
    private final Outbox outbox;
    private final PublicAddress address;

    PaymentInstructionNotices(Invoices invoices, Clients clients, WorkspaceSettingsService workspaces,
                              Outbox outbox, PublicAddress address) {
        this.invoices = invoices;
        this.clients = clients;
        this.workspaces = workspaces;
        this.outbox = outbox;
        this.address = address;
    }

    @EventListener
    void on(PaymentInstructionsChanged change) {
        Map<ClientId, List<Invoice>> openByClient = invoices.open(change.workspace()).stream()
                .collect(Collectors.groupingBy(Invoice::clientId, LinkedHashMap::new, Collectors.toList()));
        if (openByClient.isEmpty()) {
            return;
        }
        WorkspaceSettings provider = workspaces.settingsOf(change.workspace());
        Map<ClientId, Client> owing = clients.findAll(change.workspace(), openByClient.keySet());
        List<OutgoingEmail> notices = new ArrayList<>();
        openByClient.forEach((id, open) -> {
            BillingProfile client = owing.get(id).profile();
            if (client.billingEmail() != null) {
                notices.add(new OutgoingEmail(change.workspace(), EmailKind.PAYMENT_INSTRUCTIONS, null, null,
                        client.billingEmail(), client.ccEmails(),
                        "Our payment instructions changed — " + provider.invoiceName(),
                        body(change, provider, client, open), List.of()));
            }
        });
        if (!notices.isEmpty()) {
            outbox.queueAll(notices);
        }
    }

    private String body(PaymentInstructionsChanged change, WorkspaceSettings provider, BillingProfile client,
                        List<Invoice> open) {
        LocalDate on = LocalDate.ofInstant(change.at(), provider.timeZone());
        StringBuilder body = new StringBuilder()
                .append("Hello ").append(client.billingContact().name() != null ? client.billingContact().name()
                        : client.name()).append(",\n\n")
                .append(provider.invoiceName()).append(" changed the payment instructions on file on ")
                .append(InvoiceEmails.DAY.format(on)).append(":\n");
        for (String method : change.methods()) {
            body.append("- ").append(method).append(": ")
                    .append(what(method, change.before().of(method), change.after().of(method))).append('\n');
        }
        body.append("\nYou have ").append(open.size() == 1 ? "one open invoice" : open.size() + " open invoices")
                .append(" with us: ")
                .append(open.stream().map(Invoice::label).collect(Collectors.joining(", "))).append(".\n\n")
                .append("Before you pay to new details, make sure this change comes from us:\n")
                .append("- call us at a number you already have for us (not one given in an email), or\n")
                .append("- enter the verification code printed on any of our invoices at ")
                .append(address.of(InvoiceVerification.PAGE))
                .append(": it shows the payment instructions we keep on file and when they last changed.\n\n")
                .append("If this change was not expected, do not pay to the new details.\n\n")
                .append("Thank you,\n").append(provider.invoiceName()).append('\n');
        return body.toString();
    }

    /** "changed (the new account ends in 4455)", "removed", "added": never a whole number. */
    private static String what(String method, @Nullable String before, @Nullable String after) {
        if (after == null) {
            return "removed; we no longer take payments this way";
        }
        String verb = before == null ? "added" : "changed";
        if (method.equals("ACH") || method.equals("Wire")) {
            String lastDigits = lastDigitsOf(after);
            return lastDigits == null ? verb : verb + " (the new account number ends in " + lastDigits + ")";
        }
        return method.equals("Card") ? verb + " (a new payment link)" : verb;
    }

    private static @Nullable String lastDigitsOf(String instructions) {
        Matcher numbers = NUMBER.matcher(instructions);
        String last = null;
        while (numbers.find()) {
            last = numbers.group();
        }
        return last == null ? null : last.substring(last.length() - 4);
    }
}
