package com.invoice24.workspace;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
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
