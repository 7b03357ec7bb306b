package com.invoice24.shared;

import io.swagger.v3.oas.annotations.Parameter;
import org.springdoc.core.annotations.ParameterObject;

/**
 * Which page of a list an API call asks for ({@code ?page=0&size=50}), read and checked the same way on every
 * list by {@link PagingResolver}: a page from 0 to {@value #MAX_PAGE}, a size from 1 to {@value #MAX_SIZE}.
 */
@ParameterObject
public record Paging(
        @Parameter(description = "The page, from 0") int page,
        @Parameter(description = "Items per page, 1 to 200; 50 if not given") int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** Far past any list a workspace holds, and low enough that page × size still fits an {@code int}. */
    public static final int MAX_PAGE = 1_000_000;

    public Paging {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("No such page: " + page + " of " + size);
        }
    }
}
