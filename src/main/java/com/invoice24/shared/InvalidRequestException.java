package com.invoice24.shared;

import java.util.List;

/** A request that is malformed or incomplete (400), with the fields concerned. */
public class InvalidRequestException extends RefusedRequestException {

    public InvalidRequestException(String detail, List<FieldProblem> problems) {
        super(detail, problems);
    }
}
