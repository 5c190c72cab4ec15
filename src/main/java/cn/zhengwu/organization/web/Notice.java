package cn.zhengwu.organization.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The confirmation a page shows once after a successful change (post, redirect, get). */
final class Notice {

    static final String ATTRIBUTE = "notice";

    private Notice() {
    }

    static void flash(RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute(ATTRIBUTE, key);
    }
}
