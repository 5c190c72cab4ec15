package cn.zhengwu.core;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/**
 * A refused action on a page: the page is rendered again with the refusal above the form (the shared
 * {@code fragments/alerts} template) and the HTTP status of its kind; the facade changed nothing.
 */
public final class PageRefusal {

    /** The model attribute the alerts fragment reads. */
    public static final String ATTRIBUTE = "refusal";

    private PageRefusal() {
    }

    public static void show(BusinessRuleViolation violation, Model model, HttpServletResponse response) {
        model.addAttribute(ATTRIBUTE, violation);
        response.setStatus(violation.kind().httpStatus());
    }
}
