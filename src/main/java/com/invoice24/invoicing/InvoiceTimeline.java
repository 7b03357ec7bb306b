package com.invoice24.invoicing;

import com.invoice24.workspace.CurrentUser;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts what invoicing announces on the invoice's timeline. A change people make is written in the changing
 * transaction (a plain {@code @EventListener} runs there), so it is on the timeline exactly when the change
 * commits; the entry names the member behind the request, or nobody for the client and the jobs.
 */
@Component
class InvoiceTimeline {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private final InvoiceActivity activity;

    InvoiceTimeline(InvoiceActivity activity) {
        this.activity = activity;
    }

    @EventListener
    void on(InvoiceVoided voided) {
        activity.record(voided.workspace(), voided.invoice(), "voided", "Voided: " + voided.reason(), member());
    }

    @EventListener
    void on(InvoiceWrittenOff writtenOff) {
        activity.record(writtenOff.workspace(), writtenOff.invoice(), "written_off",
                "Wrote off $" + writtenOff.amount().formatted() + ": " + writtenOff.reason(), member());
    }

    /** Asynchronously once the overdue job committed, in a transaction of its own; the registry keeps it until done. */
    @ApplicationModuleListener
    void on(InvoiceOverdue overdue) {
        activity.record(overdue.workspace(), overdue.invoice(), "overdue", "Overdue: $"
                + overdue.balanceDue().formatted() + " was due " + DAY.format(overdue.dueDate()), null);
    }

    private static @Nullable CurrentUser member() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
    }
}
