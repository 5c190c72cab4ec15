package cn.zhengwu.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 退出登录 — the address of signing out opened in the browser (typed, bookmarked, from the history): a page whose
 * button signs out. Signing out itself stays a form post to Spring Security with the CSRF token, so that no link or
 * image of another site can sign anyone out.
 */
@Controller
class SignOutController {

    @GetMapping("/logout")
    String signOut() {
        return "identity/sign-out";
    }
}
