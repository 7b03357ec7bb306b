package com.invoice24.shared;

import java.util.List;

/** A request refused with reasons per field, shown next to the fields on a page or listed in the API. */
public abstract class RefusedRequestException extends RuntimeException {

    private final List<FieldProblem> problems;

    protected RefusedRequestException(String detail, List<FieldProblem> problems) {
        super(detail);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
