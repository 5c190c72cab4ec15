package cn.zhengwu.matters.web;

import cn.zhengwu.core.BusinessRuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/**
 * Why the facade refused an action, for the alert above the form; the page is rendered again with the status
 * the refusal maps to, and nothing was changed.
 */
record MattersRefusal(String key, Object[] arguments) {

    static void show(BusinessRuleViolation violation, Model model, HttpServletResponse response) {
        model.addAttribute("refusal", new MattersRefusal(violation.messageKey(), violation.arguments()));
        response.setStatus(switch (violation.kind()) {
            case INVALID -> HttpServletResponse.SC_BAD_REQUEST;
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            case CONFLICT -> HttpServletResponse.SC_CONFLICT;
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
        });
    }
}
