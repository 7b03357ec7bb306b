package com.invoice24.workspace;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** How clients pay, per method, printed on every invoice. */
public record PaymentInstructions(
        @Nullable @Size(max = 1000) String ach,
        @Nullable @Size(max = 1000) String wire,
        @Nullable @Size(max = 1000) String check,
        @Nullable @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$", message = "Use a link starting with https://")
        String cardUrl) {

    /** A line of instructions longer than this may wrap on paper; shorter ones (account numbers) never do. */
    static final int UNBROKEN_LINE = 48;

    public static PaymentInstructions none() {
        return new PaymentInstructions(null, null, null, null);
    }

    /** The same instructions as kept: each trimmed, a blank one as none. */
    public PaymentInstructions normalized() {
        return new PaymentInstructions(clean(ach), clean(wire), clean(check), clean(cardUrl));
    }

    /** Whether no way to pay is set up at all. */
    public boolean noneSetUp() {
        return normalized().equals(none());
    }

    /** The methods ("ACH", "Wire", "Check", "Card") whose instructions differ from {@code before}'s. */
    public List<String> methodsChangedFrom(PaymentInstructions before) {
        PaymentInstructions was = before.normalized();
        PaymentInstructions now = normalized();
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(was.ach, now.ach)) {
            changed.add("ACH");
        }
        if (!Objects.equals(was.wire, now.wire)) {
            changed.add("Wire");
        }
        if (!Objects.equals(was.check, now.check)) {
            changed.add("Check");
        }
        if (!Objects.equals(was.cardUrl, now.cardUrl)) {
            changed.add("Card");
        }
        return changed;
    }

    /** A method's instructions by its name in {@link #methods()}, or null when it is not set up. */
    public @Nullable String of(String method) {
        return switch (method) {
            case "ACH" -> clean(ach);
            case "Wire" -> clean(wire);
            case "Check" -> clean(check);
            case "Card" -> clean(cardUrl);
            default -> throw new IllegalArgumentException("No payment method " + method);
        };
    }

    private static @Nullable String clean(@Nullable String instructions) {
        return instructions == null || instructions.isBlank() ? null : instructions.strip();
    }

    /** One way to pay, its instructions line by line as the provider typed them. */
    public record Method(String name, List<String> lines) {

        /** Whether a line is short enough to print on one line, so a number in it is never split. */
        public boolean unbroken(String line) {
            return line.length() <= UNBROKEN_LINE;
        }
    }

    /** The methods set up, in the order AP prefers them. */
    public List<Method> methods() {
        List<Method> methods = new ArrayList<>();
        add(methods, "ACH", ach);
        add(methods, "Wire", wire);
        add(methods, "Check", check);
        add(methods, "Card", cardUrl);
        return methods;
    }

    private static void add(List<Method> methods, String name, @Nullable String instructions) {
        if (instructions != null && !instructions.isBlank()) {
            methods.add(new Method(name, instructions.strip().lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList()));
        }
    }
}
