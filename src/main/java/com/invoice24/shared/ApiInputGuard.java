package com.invoice24.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses query and path parameters, and names of uploaded files, that hold control characters (a NUL above
 * all, which the database cannot store), naming the parameter; JSON bodies get the same rule from
 * {@link StrictJson}.
 */
class ApiInputGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<FieldProblem> problems = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!StrictJson.isText(name) || !allText(values)) {
                problems.add(new FieldProblem(StrictJson.isText(name) ? name : "?", StrictJson.TEXT_RULE));
            }
        });
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                if (value instanceof String text && !StrictJson.isText(text)) {
                    problems.add(new FieldProblem(String.valueOf(name), StrictJson.TEXT_RULE));
                }
            });
        }
        if (request instanceof MultipartHttpServletRequest multipart) {
            multipart.getMultiFileMap().forEach((name, files) -> {
                if (!files.stream().map(MultipartFile::getOriginalFilename).allMatch(
                        filename -> filename == null || StrictJson.isText(filename))) {
                    problems.add(new FieldProblem(name, "must have a file name without control characters"));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Remove the control characters from "
                    + String.join(", ", problems.stream().map(FieldProblem::field).toList()) + ".", problems);
        }
        return true;
    }

    private static boolean allText(String[] values) {
        for (String value : values) {
            if (!StrictJson.isText(value)) {
                return false;
            }
        }
        return true;
    }
}
