package com.invoice24.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Reads {@code page} and {@code size} into a {@link Paging}, refusing either with the parameter named. */
class PagingResolver implements HandlerMethodArgumentResolver {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");
    static final String PAGE_RULE = "must be a whole number from 0 to " + Paging.MAX_PAGE;
    static final String SIZE_RULE = "must be a whole number from 1 to " + Paging.MAX_SIZE;

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Paging.class;
    }

    @Override
    public Paging resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
            NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
        int page = number(request.getParameter("page"), 0);
        int size = number(request.getParameter("size"), Paging.DEFAULT_SIZE);
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0 || page > Paging.MAX_PAGE) {
            problems.add(new FieldProblem("page", PAGE_RULE));
        }
        if (size < 1 || size > Paging.MAX_SIZE) {
            problems.add(new FieldProblem("size", SIZE_RULE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Ask for a page from 0 and a size from 1 to " + Paging.MAX_SIZE + ".",
                    problems);
        }
        return new Paging(page, size);
    }

    /** The number given, the default when none is, or -1 (never a valid page or size) for anything else. */
    private static int number(@Nullable String given, int otherwise) {
        if (given == null || given.isEmpty()) {
            return otherwise;
        }
        return WHOLE_NUMBER.matcher(given).matches() ? Integer.parseInt(given) : -1;
    }
}
