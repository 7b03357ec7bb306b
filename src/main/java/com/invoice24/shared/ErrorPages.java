package com.invoice24.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors no handler answered (unknown paths, failures outside controllers, requests the server itself
 * refused): a page for browsers, problem details for everyone else and for every address under
 * {@code /api/}, never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    Object page(HttpServletRequest request) {
        if (isApi(request)) {
            return problem(request);
        }
        HttpStatus status = status(request);
        return new ModelAndView("error", Map.of("status", status.value(), "problem", sentence(status)), status);
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, sentence(status)));
    }

    static String sentence(HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null) {
            return code.is5xxServerError() ? "Something went wrong on our side; please try again."
                    : "The request could not be answered.";
        }
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that kind of request.";
            case UNAUTHORIZED -> "Sign in or send a valid API token.";
            case FORBIDDEN -> "Your role does not allow this.";
            case BAD_REQUEST -> "The request could not be understood.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            case NOT_ACCEPTABLE -> "This address cannot answer in the format asked for.";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request's headers are too large.";
            case CONTENT_TOO_LARGE -> "The request is too large.";
            default -> status.is5xxServerError()
                    ? "Something went wrong on our side; please try again."
                    : status.getReasonPhrase() + ".";
        };
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String path && (path.equals("/api") || path.startsWith("/api/"));
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
