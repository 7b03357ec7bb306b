package com.invoice24.invoicing;

import com.invoice24.shared.FieldProblem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The person at the client who acted in the portal, by the name they typed: the portal has no accounts, so the
 * name is all the provider learns of who confirmed, asked or promised.
 */
public record ClientClerk(String name) {

    public static final int MAX_LENGTH = 100;

    public ClientClerk {
        if (!problems(name).isEmpty()) {
            throw new IllegalArgumentException("Not a name: " + name);
        }
        name = name.strip();
    }

    /** What is wrong with a typed name, as the form says it; empty when it will do. */
    public static List<FieldProblem> problems(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of(new FieldProblem("name", "Enter your name"));
        }
        if (typed.strip().length() > MAX_LENGTH) {
            return List.of(new FieldProblem("name", "Keep your name to " + MAX_LENGTH + " characters"));
        }
        return List.of();
    }

    /** "by Pat Lee in the client portal", as the timeline and the provider's email say it. */
    public String inThePortal() {
        return "by " + name + " in the client portal";
    }
}
