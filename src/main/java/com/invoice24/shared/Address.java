package com.invoice24.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** A postal address; a US one (the default country) has a USPS state code and a ZIP or ZIP+4. */
@Address.Valid
public record Address(
        @Nullable @Size(max = 200) String line1,
        @Nullable @Size(max = 200) String line2,
        @Nullable @Size(max = 100) String city,
        @Nullable @Size(max = 50) String state,
        @Nullable @Size(max = 20) String postalCode,
        @Nullable @Size(max = 2, message = "Use a two-letter country code such as US") String country) {

    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");

    public static Address empty() {
        return new Address(null, null, null, null, null, "US");
    }

    public boolean inUnitedStates() {
        return country == null || country.isBlank() || country.trim().equalsIgnoreCase("US");
    }

    @JsonIgnore
    public boolean isBlank() {
        return blank(line1) && blank(line2) && blank(city) && blank(state) && blank(postalCode);
    }

    /** The same address with codes upper-cased and empty parts as null, as it is stored. */
    public Address normalized() {
        return new Address(clean(line1), clean(line2), clean(city),
                state == null || state.isBlank() ? null : state.trim().toUpperCase(Locale.ROOT),
                clean(postalCode), country == null || country.isBlank() ? "US" : country.trim().toUpperCase(Locale.ROOT));
    }

    /** "100 Main St, Suite 4, Albany, NY 12207" with the missing parts left out. */
    public String oneLine() {
        String cityLine = Stream.of(state, postalCode).filter(part -> !blank(part))
                .collect(Collectors.joining(" "));
        return Stream.of(line1, line2, city, cityLine).filter(part -> !blank(part))
                .collect(Collectors.joining(", "));
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable String clean(@Nullable String value) {
        return blank(value) ? null : value.trim();
    }

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = UsRules.class)
    public @interface Valid {

        String message() default "is not a valid US address";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static class UsRules implements ConstraintValidator<Valid, Address> {

        @Override
        public boolean isValid(@Nullable Address address, ConstraintValidatorContext context) {
            if (address == null || !address.inUnitedStates()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (!blank(address.state()) && !UsStates.isCode(address.state())) {
                context.buildConstraintViolationWithTemplate("Use a two-letter state code such as NY")
                        .addPropertyNode("state").addConstraintViolation();
                valid = false;
            }
            if (!blank(address.postalCode()) && !ZIP.matcher(address.postalCode().trim()).matches()) {
                context.buildConstraintViolationWithTemplate("Use a ZIP code such as 10001 or 10001-1234")
                        .addPropertyNode("postalCode").addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}
