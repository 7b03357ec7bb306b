package com.invoice24.invoicing;

import com.invoice24.workspace.WorkspaceId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Figures counted from a workspace's invoices, kept until its invoices change, so that a page shown again and again
 * does not re-total the workspace each time. Each use reads the workspace's invoice list version (moved by a
 * trigger on every write to invoices, V30) and counts again only when it has moved. Kept per instance: a change
 * made through any instance is seen by all of them.
 *
 * @param <K> what the figures are of; it names the workspace
 * @param <V> the figures
 */
final class KeptUntilInvoicesChange<K, V> {

    /** Figures with the list version they were counted at, read in the one statement that counted them. */
    record Counted<V>(long version, V figures) {
    }

    /** Kinds of figures in use at once across all workspaces; past this the least recently used are counted again. */
    private static final int KEPT = 1_000;

    private final Invoices invoices;
    private final Map<K, Counted<V>> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, Counted<V>> eldest) {
            return size() > KEPT;
        }
    };

    KeptUntilInvoicesChange(Invoices invoices) {
        this.invoices = invoices;
    }

    /**
     * One statement when the kept figures still hold, two when they are counted again. Counting reads the version
     * with the figures, so figures are never kept under a version they do not belong to.
     */
    V get(WorkspaceId workspace, K key, Supplier<Counted<V>> count) {
        long version = invoices.listVersion(workspace);
        Counted<V> known;
        synchronized (kept) {
            known = kept.get(key);
        }
        if (known != null && known.version() == version) {
            return known.figures();
        }
        Counted<V> counted = count.get();
        synchronized (kept) {
            kept.put(key, counted);
        }
        return counted.figures();
    }
}
