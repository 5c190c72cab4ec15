package cn.zhengwu.system.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 首页 — where everyone lands after signing in: the to-do list and a card for each part of the system they may open;
 * for the audit administrator, the ways into the audit trail.
 */
@Controller
class HomeController {

    private final Clock clock;

    HomeController(Clock clock) {
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("today", LocalDate.now(clock));
        return "home";
    }
}
