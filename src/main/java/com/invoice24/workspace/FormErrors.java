package com.invoice24.workspace;

import com.invoice24.shared.BusinessRuleException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.stereotype.Component;

/**
 * Validates a page form as the API request it becomes, so the rules are written once (on the
 * request record) and the page shows them next to the fields.
 */
@Component
class FormErrors {

    private final SmartValidator validator;

    FormErrors(SmartValidator validator) {
        this.validator = validator;
    }

    boolean invalid(Object request, BindingResult form) {
        validator.validate(request, form);
        return form.hasErrors();
    }

    void reject(BusinessRuleException refused, BindingResult form) {
        if (refused.problems().isEmpty()) {
            form.reject("refused", refused.getMessage());
        }
        refused.problems().forEach(problem -> form.rejectValue(problem.field(), "refused", problem.message()));
    }
}
