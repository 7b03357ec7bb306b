package com.invoice24.invoicing;

import com.invoice24.workspace.WorkspaceId;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The count and totals of a filtered invoice list, counted once and kept until the workspace's invoices change, so
 * that paging through a long list does not re-total the workspace on every page.
 */
@Component
class InvoiceListTotals {

    private record Key(WorkspaceId workspace, InvoiceFilter filter, LocalDate today) {
    }

    private final Invoices invoices;
    private final KeptUntilInvoicesChange<Key, Invoices.Summary> kept;

    InvoiceListTotals(Invoices invoices) {
        this.invoices = invoices;
        this.kept = new KeptUntilInvoicesChange<>(invoices);
    }

    Invoices.Summary of(WorkspaceId workspace, InvoiceFilter filter, LocalDate today) {
        return kept.get(workspace, new Key(workspace, filter, today), () -> invoices.summarize(workspace, filter, today));
    }
}
