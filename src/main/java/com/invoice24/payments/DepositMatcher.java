package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Matches a deposit to the workspace's open invoices, in this order: (a) an invoice number in the
 * memo or reference pays that invoice (anything above its balance then pays the client's other
 * invoices oldest due first, and the rest is credit); (b) the exact amount of one open invoice of a
 * client named in the memo; (c) the sum of several open invoices (at most the oldest 12) of a client
 * named in the memo, when exactly one set adds up. Anything else is for review, with suggestions.
 */
final class DepositMatcher {

    static final int SUBSET_LIMIT = 12;
    private static final int MAX_SUGGESTIONS = 5;
    private static final Set<String> LEGAL_WORDS = Set.of("LLC", "INC", "INCORPORATED", "CORP",
            "CORPORATION", "CO", "COMPANY", "LTD", "LIMITED", "LP", "LLP", "PC", "PLLC", "THE");

    /** An open invoice as matching needs it. */
    record OpenInvoice(InvoiceId id, String number, Money due, @Nullable String po, @Nullable LocalDate dueDate) {

        OpenInvoice(InvoiceId id, String number, Money due) {
            this(id, number, due, null, null);
        }
    }

    /** A client with its open invoices, oldest due first. */
    record Candidate(ClientId clientId, String name, List<OpenInvoice> open) {

        /**
         * The client as the rest of an import sees it once a deposit paid these allocations: what they paid is
         * off each invoice's balance, and invoices paid in full are no longer open.
         */
        Candidate after(List<Allocation> paid) {
            Map<InvoiceId, Money> paidOn = new HashMap<>();
            paid.forEach(allocation -> paidOn.merge(allocation.invoiceId(), allocation.amount(), Money::plus));
            return new Candidate(clientId, name, open.stream()
                    .map(invoice -> new OpenInvoice(invoice.id(), invoice.number(),
                            invoice.due().minus(paidOn.getOrDefault(invoice.id(), Money.zero())), invoice.po(),
                            invoice.dueDate()))
                    .filter(invoice -> invoice.due().isPositive())
                    .toList());
        }
    }

    private DepositMatcher() {
    }

    static DepositMatch match(StatementParser.Credit credit, Collection<Candidate> candidates) {
        String text = credit.text();
        Money amount = credit.amount();
        Map<Candidate, List<OpenInvoice>> numbered = invoicesNumberedIn(text, candidates);
        if (numbered.size() == 1) {
            Map.Entry<Candidate, List<OpenInvoice>> only = numbered.entrySet().iterator().next();
            return DepositMatch.confident(suggestion(only.getKey(), only.getValue(), "Invoice "
                    + numbers(only.getValue()) + " named in the memo"), namedFirst(only.getKey(), only.getValue(), amount));
        }
        List<Candidate> named = candidates.stream().filter(c -> namedIn(text, c.name())).toList();
        List<DepositMatch.Suggestion> exact = new ArrayList<>();
        List<DepositMatch.Suggestion> sums = new ArrayList<>();
        for (Candidate client : named) {
            client.open().stream().filter(i -> i.due().compareTo(amount) == 0).forEach(i -> exact.add(suggestion(client,
                    List.of(i), "Named in the memo; invoice " + i.number() + " is for exactly $" + amount.formatted())));
            subsetsAddingUpTo(client, amount, 2).forEach(set -> sums.add(suggestion(client, set, "Named in the memo; "
                    + set.size() + " open invoices add up to $" + amount.formatted())));
        }
        if (exact.size() == 1) {
            return confidentFor(exact.get(0), candidates, amount);
        }
        if (exact.isEmpty() && sums.size() == 1) {
            return confidentFor(sums.get(0), candidates, amount);
        }
        return DepositMatch.review(suggestions(numbered, named, exact, sums, candidates, amount));
    }

    /** WIRE or FEDWIRE in the memo means a wire; any other deposit is taken as ACH. */
    static boolean isWire(String text) {
        String words = " " + normalized(text) + " ";
        return words.contains(" WIRE ") || words.contains(" FEDWIRE ") || words.contains(" WIRE TRANSFER ");
    }

    /** What the deposit pays on these invoices, in this order, each at most its balance. */
    static List<DepositMatch.Share> shares(List<OpenInvoice> invoices, Money amount) {
        List<DepositMatch.Share> shares = new ArrayList<>();
        Money left = amount;
        for (OpenInvoice invoice : invoices) {
            if (!left.isPositive()) {
                break;
            }
            Money share = invoice.due().compareTo(left) <= 0 ? invoice.due() : left;
            shares.add(new DepositMatch.Share(invoice.id(), share));
            left = left.minus(share);
        }
        return shares;
    }

    private static DepositMatch confidentFor(DepositMatch.Suggestion match, Collection<Candidate> candidates,
                                             Money amount) {
        Candidate client = candidates.stream().filter(c -> c.clientId().equals(match.clientId())).findFirst()
                .orElseThrow();
        List<OpenInvoice> chosen = client.open().stream().filter(i -> match.invoiceIds().contains(i.id())).toList();
        return DepositMatch.confident(match, shares(chosen, amount));
    }

    /** The named invoices first; what is left pays the client's other invoices oldest due first. */
    private static List<DepositMatch.Share> namedFirst(Candidate client, List<OpenInvoice> named, Money amount) {
        List<OpenInvoice> order = new ArrayList<>(named);
        client.open().stream().filter(i -> !named.contains(i)).forEach(order::add);
        return shares(order, amount);
    }

    private static List<DepositMatch.Suggestion> suggestions(Map<Candidate, List<OpenInvoice>> numbered,
            List<Candidate> named, List<DepositMatch.Suggestion> exact, List<DepositMatch.Suggestion> sums,
            Collection<Candidate> candidates, Money amount) {
        List<DepositMatch.Suggestion> ranked = new ArrayList<>();
        numbered.forEach((client, invoices) -> ranked.add(suggestion(client, invoices, "Invoice " + numbers(invoices)
                + " named in the memo")));
        ranked.addAll(exact);
        ranked.addAll(sums);
        for (Candidate client : named) {
            ranked.add(suggestion(client, oldestCovering(client, amount), "Named in the memo; oldest due first"));
        }
        for (Candidate client : candidates) {
            if (named.contains(client)) {
                continue;
            }
            client.open().stream().filter(i -> i.due().compareTo(amount) == 0).forEach(i -> ranked.add(suggestion(
                    client, List.of(i), "Invoice " + i.number() + " is for exactly $" + amount.formatted())));
        }
        for (Candidate client : candidates) {
            if (!named.contains(client)) {
                subsetsAddingUpTo(client, amount, 1).forEach(set -> ranked.add(suggestion(client, set,
                        set.size() + " open invoices add up to $" + amount.formatted())));
            }
        }
        List<DepositMatch.Suggestion> distinct = new ArrayList<>();
        for (DepositMatch.Suggestion suggestion : ranked) {
            boolean seen = distinct.stream().anyMatch(s -> s.clientId().equals(suggestion.clientId())
                    && s.invoiceIds().equals(suggestion.invoiceIds()));
            if (!seen && distinct.size() < MAX_SUGGESTIONS) {
                distinct.add(suggestion);
            }
        }
        return distinct;
    }

    private static List<OpenInvoice> oldestCovering(Candidate client, Money amount) {
        List<OpenInvoice> covering = new ArrayList<>();
        Money left = amount;
        for (OpenInvoice invoice : client.open()) {
            if (!left.isPositive()) {
                break;
            }
            covering.add(invoice);
            left = left.minus(invoice.due());
        }
        return covering;
    }

    /** Sets of two or more of the client's oldest open invoices that add up to the amount, at most {@code limit}. */
    private static List<List<OpenInvoice>> subsetsAddingUpTo(Candidate client, Money amount, int limit) {
        List<OpenInvoice> open = client.open().subList(0, Math.min(SUBSET_LIMIT, client.open().size()));
        long target = amount.amount().movePointRight(2).longValueExact();
        List<List<OpenInvoice>> found = new ArrayList<>();
        for (int mask = 1; mask < 1 << open.size() && found.size() < limit; mask++) {
            if (Integer.bitCount(mask) < 2) {
                continue;
            }
            long sum = 0;
            for (int i = 0; i < open.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    sum += open.get(i).due().amount().movePointRight(2).longValueExact();
                }
            }
            if (sum == target) {
                List<OpenInvoice> set = new ArrayList<>();
                for (int i = 0; i < open.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        set.add(open.get(i));
                    }
                }
                found.add(set);
            }
        }
        return found;
    }

    private static Map<Candidate, List<OpenInvoice>> invoicesNumberedIn(String text, Collection<Candidate> candidates) {
        String upper = text.toUpperCase(Locale.ROOT);
        Map<Candidate, List<OpenInvoice>> found = new LinkedHashMap<>();
        for (Candidate client : candidates) {
            for (OpenInvoice invoice : client.open()) {
                if (containsToken(upper, invoice.number().toUpperCase(Locale.ROOT))) {
                    found.computeIfAbsent(client, c -> new ArrayList<>()).add(invoice);
                }
            }
        }
        return found;
    }

    static boolean containsToken(String text, String token) {
        int at = text.indexOf(token);
        while (at >= 0) {
            int end = at + token.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
            at = text.indexOf(token, at + 1);
        }
        return false;
    }

    /** The client's name, without "LLC", "Inc." and the like, appears as whole words in the memo. */
    static boolean namedIn(String text, String clientName) {
        String name = withoutLegalWords(normalized(clientName));
        return !name.isEmpty() && (" " + normalized(text) + " ").contains(" " + name + " ");
    }

    private static String withoutLegalWords(String name) {
        List<String> words = new ArrayList<>(List.of(name.split(" ")));
        words.removeIf(LEGAL_WORDS::contains);
        String kept = String.join(" ", words).trim();
        return kept.isEmpty() ? name : kept;
    }

    private static String normalized(String text) {
        return text.toUpperCase(Locale.ROOT).replace("&", " AND ").replaceAll("[^A-Z0-9]+", " ").trim();
    }

    private static DepositMatch.Suggestion suggestion(Candidate client, List<OpenInvoice> invoices, String reason) {
        return new DepositMatch.Suggestion(client.clientId(), client.name(),
                invoices.stream().map(OpenInvoice::id).toList(), reason);
    }

    private static String numbers(List<OpenInvoice> invoices) {
        return String.join(", ", invoices.stream().map(OpenInvoice::number).toList());
    }

    static @Nullable Candidate find(Collection<Candidate> candidates, ClientId client) {
        return candidates.stream().filter(c -> c.clientId().equals(client)).findFirst().orElse(null);
    }
}
