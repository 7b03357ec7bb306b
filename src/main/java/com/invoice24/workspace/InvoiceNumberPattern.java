package com.invoice24.workspace;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How invoice numbers look: literal text with {@code {yyyy}}, {@code {yy}}, {@code {mm}} and
 * exactly one {@code {seq}} or {@code {seq:N}} (zero-padded to N digits), e.g. {@code INV-{yyyy}-{seq:4}}.
 */
public record InvoiceNumberPattern(String pattern) {

    private static final Pattern TOKEN = Pattern.compile("\\{(yyyy|yy|mm|seq(?::(\\d))?)}");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9 ._/#-]*");
    private static final int MAX_LENGTH = 40;

    public static final InvoiceNumberPattern DEFAULT = new InvoiceNumberPattern("INV-{yyyy}-{seq:4}");

    /** Why the text is not a usable pattern, in words for the settings form. */
    public static Optional<String> problemWith(String pattern) {
        if (pattern.isBlank() || pattern.length() > MAX_LENGTH) {
            return Optional.of("Use 1 to " + MAX_LENGTH + " characters, for example INV-{yyyy}-{seq:4}");
        }
        Matcher tokens = TOKEN.matcher(pattern);
        int sequences = 0;
        StringBuilder literals = new StringBuilder();
        int end = 0;
        while (tokens.find()) {
            literals.append(pattern, end, tokens.start());
            end = tokens.end();
            if (tokens.group(1).startsWith("seq")) {
                sequences++;
            }
        }
        literals.append(pattern.substring(end));
        if (sequences != 1) {
            return Optional.of("Put {seq} (or {seq:4} for 0001) in the pattern exactly once");
        }
        if (!LITERAL.matcher(literals).matches()) {
            return Optional.of("Use letters, digits, spaces and - _ . / # around {yyyy}, {yy}, {mm} and {seq}");
        }
        return Optional.empty();
    }

    public InvoiceNumberPattern {
        Optional<String> problem = problemWith(pattern);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get() + ": " + pattern);
        }
    }

    public String format(LocalDate issueDate, long sequence) {
        Matcher tokens = TOKEN.matcher(pattern);
        StringBuilder number = new StringBuilder();
        while (tokens.find()) {
            String token = tokens.group(1);
            String value = switch (token) {
                case "yyyy" -> String.valueOf(issueDate.getYear());
                case "yy" -> String.format("%02d", issueDate.getYear() % 100);
                case "mm" -> String.format("%02d", issueDate.getMonthValue());
                default -> tokens.group(2) == null ? String.valueOf(sequence)
                        : String.format("%0" + tokens.group(2) + "d", sequence);
            };
            tokens.appendReplacement(number, Matcher.quoteReplacement(value));
        }
        tokens.appendTail(number);
        return number.toString();
    }

    /** Whether numbering restarts each year: a pattern that shows the year counts per year. */
    public boolean restartsYearly() {
        return pattern.contains("{yyyy}") || pattern.contains("{yy}");
    }
}
