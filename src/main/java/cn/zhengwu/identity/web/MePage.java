package cn.zhengwu.identity.web;

import java.time.Clock;

import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.Profile;
import cn.zhengwu.identity.security.PostChoice;
import cn.zhengwu.identity.security.ZhengwuUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * 个人设置 — what the personal settings page shows: the account's facts, its posts, its API tokens and the
 * forms, whichever action rendered it.
 */
@Component
class MePage {

    static final String VIEW = "identity/me";
    static final String TOKENS = VIEW + " :: tokens";

    private final IdentityManagement identity;
    private final Clock clock;

    MePage(IdentityManagement identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    String show(ZhengwuUser user, Model model) {
        Profile profile = identity.myProfile();
        model.addAttribute("account", profile.account());
        model.addAttribute("roles", profile.roles());
        model.addAttribute("posts", profile.posts());
        model.addAttribute("activePostId", user.activePost().map(PostChoice::postId).orElse(null));
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", PasswordForm.empty());
        }
        fillTokens(model);
        return VIEW;
    }

    /** The tokens panel alone, as htmx swaps it in. */
    String tokens(Model model) {
        fillTokens(model);
        return TOKENS;
    }

    private void fillTokens(Model model) {
        model.addAttribute("tokens", identity.myTokens());
        model.addAttribute("now", clock.instant());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("longestTokenDays", IdentityManagement.LONGEST_TOKEN_DAYS);
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", TokenForm.empty());
        }
    }
}
