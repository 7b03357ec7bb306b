package com.invoice24.collections;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One step of a reminder sequence: sent {@code offsetDays} after the invoice was sent or after (before,
 * when negative) its due date; {@code minTermsDays} limits it to invoices with terms at least that long.
 * A step switched off ({@code enabled} false) keeps its place and wording but is never sent.
 */
public record ReminderStep(String key, Anchor anchor, int offsetDays, @Nullable Integer minTermsDays,
                           String subject, String body, boolean enabled) {

    ReminderStep(String key, Anchor anchor, int offsetDays, @Nullable Integer minTermsDays, String subject,
                 String body) {
        this(key, anchor, offsetDays, minTermsDays, subject, body, true);
    }

    /** The step a lapsed promise to pay sends once; not part of the editable sequence. */
    public static final String PROMISE_LAPSED = "promise-lapsed";

    public enum Anchor { SENT, DUE }

    /** When the step goes out, in words: "3 days before the due date", "7 days after sending". */
    public String when() {
        String from = anchor == Anchor.SENT ? "sending" : "the due date";
        if (offsetDays == 0) {
            return anchor == Anchor.SENT ? "on sending" : "on the due date";
        }
        int days = Math.abs(offsetDays);
        return days + (days == 1 ? " day " : " days ") + (offsetDays < 0 ? "before " : "after ") + from;
    }

    /** The day this step is due for the invoice, or null when it does not apply to it. */
    @Nullable LocalDate dateFor(ReminderSchedule.Dates invoice) {
        if (!enabled || (minTermsDays != null && invoice.termsDays() < minTermsDays)) {
            return null;
        }
        LocalDate date = (anchor == Anchor.SENT ? invoice.sentOn() : invoice.dueDate()).plusDays(offsetDays);
        return date.isBefore(invoice.sentOn()) ? null : date;
    }
}
