package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The open invoices a deposit in the review queue most likely pays, best first, each with the reasons a
 * bookkeeper can check: its number or PO in the memo or reference, its balance equal to the amount (alone
 * or with other invoices of the client), the payer's name matching the client.
 */
final class LikelyInvoices {

    static final int SHOWN = 8;

    private static final int NUMBER_NAMED = 100;
    private static final int PO_NAMED = 90;
    private static final int AMOUNT_EQUAL = 60;
    private static final int SUM_EQUAL = 45;
    private static final int PAYER_NAMED = 30;

    private final Collection<DepositMatcher.Candidate> candidates;
    private final Map<ClientId, long[]> subsetSums = new LinkedHashMap<>();

    /**
     * Reads the open invoices once for a whole queue: the sums of every set of each client's oldest
     * {@value DepositMatcher#SUBSET_LIMIT} invoices are added up here, not again for each deposit.
     */
    LikelyInvoices(Collection<DepositMatcher.Candidate> candidates) {
        this.candidates = candidates;
        for (DepositMatcher.Candidate client : candidates) {
            List<DepositMatcher.OpenInvoice> open = oldest(client);
            long[] sums = new long[1 << open.size()];
            for (int mask = 1; mask < sums.length; mask++) {
                int lowest = Integer.numberOfTrailingZeros(mask);
                sums[mask] = sums[mask & (mask - 1)] + cents(open.get(lowest).due());
            }
            subsetSums.put(client.clientId(), sums);
        }
    }

    /** An invoice the deposit may pay, and why. */
    record Likely(InvoiceId invoiceId, String number, ClientId clientId, String clientName, Money balance,
                  @Nullable LocalDate dueDate, String reason, int score) {
    }

    List<Likely> of(String memo, @Nullable String reference, Money amount) {
        String memoText = memo.toUpperCase(Locale.ROOT);
        String referenceText = reference == null ? "" : reference.toUpperCase(Locale.ROOT);
        Map<InvoiceId, Evidence> found = new LinkedHashMap<>();
        for (DepositMatcher.Candidate client : candidates) {
            boolean payerNamed = DepositMatcher.namedIn(memo + " " + (reference == null ? "" : reference), client.name());
            for (DepositMatcher.OpenInvoice invoice : client.open()) {
                Evidence evidence = new Evidence(client, invoice);
                String number = invoice.number().toUpperCase(Locale.ROOT);
                evidence.namedIn(NUMBER_NAMED, invoice.number(), number, memoText, referenceText);
                if (invoice.po() != null && !invoice.po().isBlank()) {
                    String po = invoice.po().trim().toUpperCase(Locale.ROOT);
                    evidence.namedIn(PO_NAMED, "PO " + invoice.po().trim() + " of " + invoice.number(), po, memoText,
                            referenceText);
                }
                if (invoice.due().compareTo(amount) == 0) {
                    evidence.add(AMOUNT_EQUAL, "amount equals " + invoice.number() + "'s balance");
                }
                if (payerNamed) {
                    evidence.add(PAYER_NAMED, "payer name matches " + client.name());
                }
                found.put(invoice.id(), evidence);
            }
            List<DepositMatcher.OpenInvoice> set = setAddingUpTo(client, amount);
            String numbers = String.join(" + ", set.stream().map(DepositMatcher.OpenInvoice::number).toList());
            set.forEach(invoice -> found.get(invoice.id()).add(SUM_EQUAL, "amount equals the balances of " + numbers));
        }
        return found.values().stream()
                .filter(evidence -> evidence.score > 0)
                .map(Evidence::likely)
                .sorted(Comparator.comparingInt(Likely::score).reversed()
                        .thenComparing(Likely::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(SHOWN)
                .toList();
    }

    /** The first set of two or more of the client's oldest invoices whose balances add up to the amount. */
    private List<DepositMatcher.OpenInvoice> setAddingUpTo(DepositMatcher.Candidate client, Money amount) {
        long[] sums = subsetSums.get(client.clientId());
        long target = cents(amount);
        for (int mask = 3; mask < sums.length; mask++) {
            if (sums[mask] == target && Integer.bitCount(mask) > 1) {
                List<DepositMatcher.OpenInvoice> open = oldest(client);
                List<DepositMatcher.OpenInvoice> set = new ArrayList<>();
                for (int bit = 0; bit < open.size(); bit++) {
                    if ((mask & 1 << bit) != 0) {
                        set.add(open.get(bit));
                    }
                }
                return set;
            }
        }
        return List.of();
    }

    private static List<DepositMatcher.OpenInvoice> oldest(DepositMatcher.Candidate client) {
        return client.open().subList(0, Math.min(DepositMatcher.SUBSET_LIMIT, client.open().size()));
    }

    private static long cents(Money money) {
        return money.amount().movePointRight(2).longValueExact();
    }

    /** What speaks for one invoice, as points and reasons. */
    private static final class Evidence {

        private final DepositMatcher.Candidate client;
        private final DepositMatcher.OpenInvoice invoice;
        private final List<String> reasons = new ArrayList<>();
        private int score;

        Evidence(DepositMatcher.Candidate client, DepositMatcher.OpenInvoice invoice) {
            this.client = client;
            this.invoice = invoice;
        }

        void namedIn(int points, String what, String token, String memo, String reference) {
            if (DepositMatcher.containsToken(reference, token)) {
                add(points, what + " is in the reference");
            } else if (DepositMatcher.containsToken(memo, token)) {
                add(points, what + " is in the memo");
            }
        }

        void add(int points, String reason) {
            score += points;
            reasons.add(reason);
        }

        Likely likely() {
            String reason = String.join("; ", reasons);
            return new Likely(invoice.id(), invoice.number(), client.clientId(), client.name(), invoice.due(),
                    invoice.dueDate(), Character.toUpperCase(reason.charAt(0)) + reason.substring(1), score);
        }
    }
}
