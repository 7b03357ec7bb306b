package com.invoice24.shared;

import java.util.List;

/** A well-formed request that a business rule refuses (422), with the fields concerned. */
public class BusinessRuleException extends RefusedRequestException {

    public BusinessRuleException(String detail, List<FieldProblem> problems) {
        super(detail, problems);
    }

    public BusinessRuleException(String detail) {
        this(detail, List.of());
    }
}
