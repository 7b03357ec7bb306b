package com.invoice24.shared;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The page counterpart of {@link ApiExceptionHandler}: a readable error page with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ModelAndView wrongState(WrongStateException e) {
        return page(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler
    ModelAndView refused(BusinessRuleException e) {
        return page(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    private static ModelAndView page(HttpStatus status, String message) {
        return new ModelAndView("error", Map.of("status", status.value(), "problem", message), status);
    }
}
