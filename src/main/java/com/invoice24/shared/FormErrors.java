package com.invoice24.shared;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.stereotype.Component;

/**
 * Validates a page form as the API request it becomes, so the rules are written once (on the
 * request record) and the page shows them next to the fields.
 */
@Component
public class FormErrors {

    private final SmartValidator validator;

    public FormErrors(SmartValidator validator) {
        this.validator = validator;
    }

    /**
     * Validates the request and puts each problem on the form's field. The form keeps what the user
     * typed ("187.12345"), not the request's converted value, so the page shows it back as typed.
     */
    public boolean invalid(Object request, BindingResult form) {
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
