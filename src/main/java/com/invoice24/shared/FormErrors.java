package com.invoice24.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.validation.SmartValidator;
import org.springframework.stereotype.Component;

/**
 * Validates a page form as the API request it becomes, so the rules are written once (on the
 * request record) and the page shows them next to the fields.
 */
@Component
public class FormErrors {

    /**
     * A form whose record could not be built (a value that does not convert, such as "ten dollars"
     * for an amount) leaves a binding result without a target; {@link FormErrorsKeeper} puts its
     * errors back next to the form the page shows.
     */
    static final String UNBOUND = FormErrors.class.getName() + ".UNBOUND";

    private final SmartValidator validator;

    public FormErrors(SmartValidator validator) {
        this.validator = validator;
    }

    /**
     * Validates the request and puts each problem on the form's field. The form keeps what the user
     * typed ("187.12345"), not the request's converted value, so the page shows it back as typed.
     */
    public boolean invalid(@Nullable Object request, BindingResult form) {
        if (form.getTarget() == null) {
            RequestContextHolder.currentRequestAttributes()
                    .setAttribute(UNBOUND, form, RequestAttributes.SCOPE_REQUEST);
        }
        if (request == null) {
            return form.hasErrors();
        }
        BindingResult checked = new BeanPropertyBindingResult(request, form.getObjectName());
        validator.validate(request, checked);
        checked.getGlobalErrors().forEach(form::addError);
        checked.getFieldErrors().stream()
                .filter(error -> !form.hasFieldErrors(error.getField()))
                .forEach(error -> form.addError(new FieldError(form.getObjectName(), error.getField(),
                        form.getRawFieldValue(error.getField()), false, error.getCodes(), null,
                        error.getDefaultMessage())));
        return form.hasErrors();
    }

    public void reject(RefusedRequestException refused, BindingResult form) {
        if (refused.problems().isEmpty()) {
            form.reject("refused", refused.getMessage());
        }
        refused.problems().forEach(problem -> form.rejectValue(problem.field(), "refused", problem.message()));
    }
}
