package cn.zhengwu.system.web;

import java.util.Locale;

import cn.zhengwu.core.BusinessRuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refused action on a web page shows a friendly page in the user's language, with the reason and a way
 * back. Forms catch the violations they expect and show them beside the fields instead.
 */
@ControllerAdvice(annotations = Controller.class)
class ErrorPages {

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    String on(BusinessRuleViolation violation, Model model, HttpServletResponse response, Locale locale) {
        int status = violation.kind().httpStatus();
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("reason", messages.getMessage(violation.messageKey(), violation.arguments(),
            violation.messageKey(), locale));
        return "error";
    }

    @ExceptionHandler
    String on(AccessDeniedException denied, Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        model.addAttribute("reason", messages.getMessage("core.forbidden", null, locale));
        return "error";
    }
}
