package com.invoice24.workspace;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** How clients pay, per method, printed on every invoice (F-1.1). */
public record PaymentInstructions(
        @Nullable @Size(max = 1000) String ach,
        @Nullable @Size(max = 1000) String wire,
        @Nullable @Size(max = 1000) String check,
        @Nullable @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$", message = "Use a link starting with https://")
        String cardUrl) {

    public static PaymentInstructions none() {
        return new PaymentInstructions(null, null, null, null);
    }
}
