package com.invoice24.invoicing;

import com.invoice24.clients.BillingProfile;
import com.invoice24.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The checks before an invoice goes out: what would make AP reject it (no PO, no billing
 * email, a placeholder such as {period} left in a line) stops the send; what would only slow approval
 * (a vague line) is a warning the user can read and fix.
 */
final class PreSendChecks {

    /** Lines AP cannot match to a budget without a period or a reference (the seed's "Consulting services"). */
    private static final Set<String> VAGUE = Set.of("consulting", "consulting services", "services",
            "professional services", "services rendered", "work performed", "development", "support", "labor",
            "hours", "misc", "miscellaneous");

    private PreSendChecks() {
    }

    record Outcome(List<FieldProblem> problems, List<FieldProblem> warnings) {

        boolean passed() {
            return problems.isEmpty();
        }
    }

    static Outcome check(Invoice invoice, BillingProfile client) {
        List<FieldProblem> problems = new ArrayList<>();
        if (client.billingEmail() == null) {
            problems.add(new FieldProblem("billingEmail",
                    client.name() + " has no billing email; add one to the client's billing profile"));
        }
        if (client.poRequired() && blank(invoice.poNumber())) {
            problems.add(new FieldProblem("poNumber", client.name() + " requires a PO number on every invoice"));
        }
        for (int index = 0; index < invoice.lines().size(); index++) {
            int row = index;
            Placeholders.firstLeftIn(invoice.lines().get(index).description()).ifPresent(left -> problems.add(
                    new FieldProblem("lines[" + row + "].description", "Line " + (row + 1) + " still says " + left
                            + "; " + howToFill(left))));
        }
        if (invoice.notes() != null) {
            Placeholders.firstLeftIn(invoice.notes()).ifPresent(left -> problems.add(new FieldProblem("notes",
                    "The notes still say " + left + "; " + howToFill(left))));
        }
        if (invoice.lines().isEmpty()) {
            problems.add(new FieldProblem("lines", "Add at least one line"));
        }
        if (!invoice.total().isPositive()) {
            problems.add(new FieldProblem("total", "The total must be above 0.00"));
        }
        return new Outcome(problems, warnings(invoice));
    }

    static List<FieldProblem> warnings(Invoice invoice) {
        boolean referenced = !invoice.servicePeriod().isEmpty() || !blank(invoice.reference())
                || !blank(invoice.projectCode());
        List<FieldProblem> warnings = new ArrayList<>();
        for (int index = 0; index < invoice.lines().size(); index++) {
            String description = invoice.lines().get(index).description().trim().toLowerCase(Locale.ROOT)
                    .replaceAll("[.:!]+$", "");
            if (!referenced && VAGUE.contains(description)) {
                warnings.add(new FieldProblem("lines[" + index + "].description", "\""
                        + invoice.lines().get(index).description() + "\" is vague: name the deliverable, the "
                        + "period or the project so AP can match it (e.g. \"Monthly SEO management – February 2026\")"));
            }
        }
        return warnings;
    }

    private static String howToFill(String placeholder) {
        return switch (placeholder) {
            case "{period}", "{month}", "{year}" -> "set the service period (it fills in) or write it out";
            case "{project}" -> "set the project code (it fills in) or write it out";
            default -> "write out what it stands for";
        };
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
