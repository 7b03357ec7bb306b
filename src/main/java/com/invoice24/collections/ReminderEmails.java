package com.invoice24.collections;

import com.invoice24.clients.BillingProfile;
import com.invoice24.delivery.EmailKind;
import com.invoice24.delivery.OutgoingEmail;
import com.invoice24.invoicing.Invoice;
import com.invoice24.workspace.PaymentInstructions;
import com.invoice24.workspace.WorkspaceSettings;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Turns a reminder step's templates into the email for one invoice, filling in the merge fields. */
final class ReminderEmails {

    static final Set<String> MERGE_FIELDS = Set.of("client", "contact", "invoiceNumber", "po", "amount",
            "balanceDue", "dueDate", "daysOverdue", "portalLink", "paymentInstructions", "signature", "promisedDate", "date");

    /** The question past-due reminders ask, so the client answers with a date. */
    static final String ASK = "Could you confirm the date payment is scheduled for? "
            + "Is there anything you need from me to get this approved?";

    /** The step a lapsed promise to pay sends once; not part of the editable sequence. */
    static final ReminderStep PROMISE_LAPSED = new ReminderStep(ReminderStep.PROMISE_LAPSED, ReminderStep.Anchor.DUE,
            0, null, "Invoice {invoiceNumber}: the payment promised on {promisedDate} has not arrived",
            "Hello {contact},\n\nThe payment promised on {promisedDate} for invoice {invoiceNumber} "
                    + "({balanceDue}) has not arrived yet.\n\n" + ASK + "\n\nThank you,\n{signature}");

    /** What previews show where each real reminder carries its own link. */
    static final String SAMPLE_LINK = "(a link to this invoice in your client portal)";

    private static final Pattern BLANK_PARAGRAPHS = Pattern.compile("\\n[ \\t]*\\n(?:[ \\t]*\\n)+");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private ReminderEmails() {
    }

    record Rendered(String subject, String body) {
    }

    static OutgoingEmail email(ReminderStep step, Invoice invoice, BillingProfile client, WorkspaceSettings provider,
                               LocalDate today, @Nullable LocalDate promisedDate, String portalLink) {
        Rendered rendered = render(step, invoice, client, provider, today, promisedDate, portalLink);
        return new OutgoingEmail(invoice.workspaceId(), EmailKind.REMINDER, invoice.id().value(), step.key(),
                String.valueOf(client.billingEmail()), client.ccEmails(), rendered.subject(), rendered.body(),
                List.of());
    }

    /** The reminder of one installment of a payment plan ({@code number} of {@code of}), due {date}. */
    static ReminderStep installment(PaymentPlans.Installment installment, int of) {
        int number = installment.number();
        return new ReminderStep("installment-" + number, ReminderStep.Anchor.DUE, 0, null,
                "Invoice {invoiceNumber}: installment " + number + " of " + of + " is due {date}",
                "Hello {contact},\n\nA friendly reminder that installment " + number + " of " + of
                        + " of the payment plan for invoice {invoiceNumber}, $" + installment.amount().formatted()
                        + ", is due on {date}. The balance due on the invoice is {balanceDue}.\n\n"
                        + "If the payment is already on its way, thank you.\n\nBest regards,\n{signature}");
    }

    /** The reminder with a note (a late fee charged since the last one) as a paragraph before the closing. */
    static OutgoingEmail email(ReminderStep step, Invoice invoice, BillingProfile client, WorkspaceSettings provider,
                               LocalDate today, @Nullable LocalDate promisedDate, String portalLink,
                               @Nullable String note) {
        OutgoingEmail email = email(step, invoice, client, provider, today, promisedDate, portalLink);
        if (note == null || note.isBlank()) {
            return email;
        }
        return new OutgoingEmail(email.workspaceId(), email.kind(), email.invoiceId(), email.reminderStep(),
                email.to(), email.cc(), email.subject(), withParagraph(email.body(), note), email.attachments());
    }

    private static Rendered withPortalLink(ReminderStep step, Rendered rendered, String portalLink) {
        if (step.body().contains("{portalLink}")) {
            return rendered;
        }
        return new Rendered(rendered.subject(), withParagraph(rendered.body(),
                "See the invoice, tell us what you need to approve it, or pay online:\n" + portalLink));
    }

    static String withParagraph(String body, String paragraph) {
        int closing = body.lastIndexOf("\n\n");
        if (closing < 0) {
            return body + "\n\n" + paragraph;
        }
        return body.substring(0, closing) + "\n\n" + paragraph + body.substring(closing);
    }

    /**
     * The step's subject and body for the invoice. A body whose wording does not place {@code {portalLink}} gets the
     * link as a paragraph before the closing, so every reminder lets the client act on the invoice in one click.
     */
    static Rendered render(ReminderStep step, Invoice invoice, BillingProfile client, WorkspaceSettings provider,
                           LocalDate today, @Nullable LocalDate promisedDate, String portalLink) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("client", client.name());
        values.put("contact", client.billingContact().name() != null ? client.billingContact().name() : client.name());
        values.put("invoiceNumber", invoice.label());
        values.put("po", invoice.poNumber() != null ? invoice.poNumber() : "");
        values.put("amount", "$" + invoice.total().formatted());
        values.put("balanceDue", "$" + invoice.balanceDue().formatted());
        values.put("dueDate", invoice.dueDate() != null ? DAY.format(invoice.dueDate()) : "");
        long overdue = invoice.dueDate() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(invoice.dueDate(), today));
        values.put("daysOverdue", String.valueOf(overdue));
        values.put("portalLink", portalLink);
        values.put("paymentInstructions", paymentInstructions(provider));
        values.put("signature", signature(provider));
        String promised = promisedDate != null ? DAY.format(promisedDate) : "";
        values.put("promisedDate", promised);
        values.put("date", promised);
        return withPortalLink(step, new Rendered(fill(step.subject(), values), fill(step.body(), values)), portalLink);
    }

    /** The step as it reads for a made-up invoice, to the client given or to a made-up one. */
    static Rendered sample(ReminderStep step, WorkspaceSettings provider, @Nullable BillingProfile client) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("client", client != null ? client.name() : "Globex Corporation");
        values.put("contact", client == null ? "Jordan Lee"
                : client.billingContact().name() != null ? client.billingContact().name() : client.name());
        values.put("invoiceNumber", "INV-2026-0042");
        values.put("po", "4500123");
        values.put("amount", "$12,000.00");
        values.put("balanceDue", "$12,000.00");
        values.put("dueDate", "Apr 1, 2026");
        values.put("daysOverdue", String.valueOf(Math.max(0, step.anchor() == ReminderStep.Anchor.DUE
                ? step.offsetDays() : 0)));
        values.put("portalLink", SAMPLE_LINK);
        values.put("paymentInstructions", paymentInstructions(provider));
        values.put("signature", signature(provider));
        values.put("promisedDate", "Apr 10, 2026");
        values.put("date", "Apr 10, 2026");
        return withPortalLink(step, new Rendered(fill(step.subject(), values), fill(step.body(), values)), SAMPLE_LINK);
    }

    /** How to pay, one line per method the workspace set up, as the invoice prints it. */
    private static String paymentInstructions(WorkspaceSettings provider) {
        PaymentInstructions how = provider.paymentInstructions();
        List<String> lines = new ArrayList<>();
        if (how.ach() != null && !how.ach().isBlank()) {
            lines.add("ACH: " + how.ach().strip());
        }
        if (how.wire() != null && !how.wire().isBlank()) {
            lines.add("Wire: " + how.wire().strip());
        }
        if (how.check() != null && !how.check().isBlank()) {
            lines.add("Check: " + how.check().strip());
        }
        if (how.cardUrl() != null && !how.cardUrl().isBlank()) {
            lines.add("Pay by card: " + how.cardUrl().strip());
        }
        return lines.isEmpty() ? "" : "How to pay:\n" + String.join("\n", lines);
    }

    private static String signature(WorkspaceSettings provider) {
        StringBuilder signature = new StringBuilder(provider.invoiceName());
        if (provider.email() != null) {
            signature.append('\n').append(provider.email());
        }
        if (provider.phone() != null) {
            signature.append('\n').append(provider.phone());
        }
        return signature.toString();
    }

    /** A field that fills in empty (no payment instructions set up yet) leaves no blank paragraph behind. */
    private static String fill(String template, Map<String, String> values) {
        String filled = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return BLANK_PARAGRAPHS.matcher(filled).replaceAll("\n\n");
    }
}
