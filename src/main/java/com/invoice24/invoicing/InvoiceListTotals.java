package com.invoice24.invoicing;

import com.invoice24.workspace.WorkspaceId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The count and totals of a filtered invoice list, counted once and kept until the workspace's invoices change, so
 * that paging through a long list does not re-total the workspace on every page. Kept per instance, and checked on
 * every use against the workspace's list version in the database ({@code invoice_list_versions}, moved by a
 * trigger on every write to invoices, V30): a change made through any instance is seen by all of them.
 */
@Component
class InvoiceListTotals {

    /** Filters in use at once across all workspaces; past this the least recently used are counted again. */
    private static final int KEPT = 1_000;

    private record Key(WorkspaceId workspace, InvoiceFilter filter, LocalDate today) {
    }

    private final Invoices invoices;
    private final Map<Key, Invoices.Counted> kept = new LeastRecentlyUsed(KEPT);

    InvoiceListTotals(Invoices invoices) {
        this.invoices = invoices;
    }

    /**
     * One statement when the kept figures still hold, two when they are counted again. The version is read with
     * the figures in one statement, so figures are never kept under a version they do not belong to.
     */
    Invoices.Summary of(WorkspaceId workspace, InvoiceFilter filter, LocalDate today) {
        Key key = new Key(workspace, filter, today);
        long version = invoices.listVersion(workspace);
        Invoices.Counted known;
        synchronized (kept) {
            known = kept.get(key);
        }
        if (known != null && known.version() == version) {
            return known.summary();
        }
        Invoices.Counted counted = invoices.summarize(workspace, filter, today);
        synchronized (kept) {
            kept.put(key, counted);
        }
        return counted.summary();
    }

    private static final class LeastRecentlyUsed extends LinkedHashMap<Key, Invoices.Counted> {

        private final int capacity;

        LeastRecentlyUsed(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Invoices.Counted> eldest) {
            return size() > capacity;
        }
    }
}
