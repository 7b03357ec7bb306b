package com.invoice24.shared;

/** One field of a request that could not be accepted, in words the user understands. */
public record FieldProblem(String field, String message) {
}
