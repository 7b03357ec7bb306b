package com.invoice24.workspace;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * The {@link PasswordPolicy}'s length rule, checked with a request's other fields so a form shows every
 * problem at once; how hard the password is to guess is checked when it is chosen, with the person's
 * own words.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PasswordLength.Check.class)
@interface PasswordLength {

    String message() default PasswordPolicy.TOO_SHORT;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<PasswordLength, String> {

        @Override
        public boolean isValid(@Nullable String password, ConstraintValidatorContext context) {
            String problem = password == null ? null : PasswordPolicy.lengthProblem(password).orElse(null);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }
    }
}
