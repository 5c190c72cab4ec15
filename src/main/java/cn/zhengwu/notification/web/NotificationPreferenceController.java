package cn.zhengwu.notification.web;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.PageRefusal;
import cn.zhengwu.notification.NotificationManagement;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通知偏好 — the signed-in person chooses their channels besides the application, and their quiet hours. */
@Controller
@RequestMapping("/notifications/preferences")
@PreAuthorize("hasAuthority('PERM_OFFICE_WORK')")
class NotificationPreferenceController {

    private static final String VIEW = "notification/preferences";
    private static final String FORM = "form";

    private final NotificationManagement notifications;

    NotificationPreferenceController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String preferences(Model model) {
        model.addAttribute(FORM, PreferenceForm.of(notifications.preferences()));
        return VIEW;
    }

    @PostMapping
    String change(@ModelAttribute(FORM) PreferenceForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return VIEW;
        }
        try {
            notifications.changePreferences(form.preferences());
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            return VIEW;
        }
        Notice.flash(redirect, "notification.preferences.saved");
        return "redirect:/notifications/preferences";
    }
}
