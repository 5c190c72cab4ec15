package cn.zhengwu.system.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.zhengwu.core.BusinessRuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Errors of the REST API as RFC 9457 problems, with the detail in the client's language (its
 * {@code Accept-Language}, Chinese when it sends none). A refused request has changed nothing: the facade's
 * transaction rolled back.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail on(BusinessRuleViolation violation, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(violation.kind().httpStatus());
        ProblemDetail problem = problem(status, request);
        problem.setDetail(messages.getMessage(violation.messageKey(), violation.arguments(), violation.messageKey(),
            locale(request)));
        problem.setProperty("code", violation.messageKey());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail on(MethodArgumentNotValidException invalid, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, request);
        problem.setDetail(messages.getMessage("validation.failed", null, locale));
        List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
            .map(error -> Map.of("field", error.getField(),
                "message", messages.getMessage(error, locale)))
            .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail on(ConstraintViolationException invalid, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, request);
        problem.setDetail(messages.getMessage("validation.failed", null, locale(request)));
        problem.setProperty("errors", invalid.getConstraintViolations().stream()
            .map(violation -> Map.of("field", lastNode(violation.getPropertyPath().toString()),
                "message", violation.getMessage()))
            .toList());
        return problem;
    }

    @ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class })
    ProblemDetail onUnreadable(Exception unreadable, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, request);
        problem.setDetail(messages.getMessage("validation.unreadable", null, locale(request)));
        return problem;
    }

    /** A file above Spring's multipart limit, which follows the attachment limit (docs/configuration.md). */
    @ExceptionHandler
    ProblemDetail on(MaxUploadSizeExceededException tooLarge, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, request);
        problem.setDetail(messages.getMessage("validation.upload-too-large", null, locale(request)));
        return problem;
    }

    /** Wrong credentials or a locked account at {@code POST /api/v1/tokens}. */
    @ExceptionHandler
    ProblemDetail on(AuthenticationException failed, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNAUTHORIZED, request);
        String key = failed instanceof LockedException ? "identity.signIn.lockedApi" : "identity.signIn.badCredentials";
        problem.setDetail(messages.getMessage(key, null, locale(request)));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail on(AccessDeniedException denied, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, request);
        problem.setDetail(messages.getMessage("core.forbidden", null, locale(request)));
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(),
            locale(request)));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        return problem;
    }

    /** The locale resolver's answer: the API follows {@code Accept-Language} (see {@link WebConfiguration}). */
    static Locale locale(HttpServletRequest request) {
        return RequestContextUtils.getLocale(request);
    }

    /** The field of a path, e.g. {@code present[1]} of {@code start.content.attendance.present[1].<list element>}. */
    private static String lastNode(String path) {
        String field = path.replaceAll("\\.<[^>]+>$", "");
        return field.substring(field.lastIndexOf('.') + 1);
    }
}
