package com.invoice24.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** A person to write to: a billing contact, an AP clerk. */
public record Contact(
        @Nullable @Size(max = 120) String name,
        @Nullable @Email(regexp = Emails.PATTERN, message = Emails.MESSAGE) @Size(max = 254) String email,
        @Nullable @Size(max = 40) String phone) {

    public static Contact none() {
        return new Contact(null, null, null);
    }

    /** The same contact with empty parts as null, as it is stored. */
    public Contact normalized() {
        return new Contact(clean(name), clean(email), clean(phone));
    }

    /** "Marge Bouvier · ap@globex.example", or what there is of it. */
    public String oneLine() {
        return Stream.of(name, email, phone).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" · "));
    }

    private static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @JsonIgnore
    public boolean isBlank() {
        return (name == null || name.isBlank()) && (email == null || email.isBlank());
    }
}
