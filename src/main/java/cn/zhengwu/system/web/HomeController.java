package cn.zhengwu.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 首页 — where everyone lands after signing in. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
