package cn.zhengwu.notification.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The confirmation a page shows once after a successful change (post, redirect, get). */
final class Notice {

    static final String ATTRIBUTE = "notice";

    private Notice() {
    }

    static void flash(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute(ATTRIBUTE, key);
        redirect.addFlashAttribute("noticeArguments", arguments);
    }
}
