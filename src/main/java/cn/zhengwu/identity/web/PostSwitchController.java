package cn.zhengwu.identity.web;

import java.net.URI;
import java.util.UUID;

import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.PostSwitch;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 切换岗位 — the post switcher of the page layout: the person acts in another of their posts from the next
 * request on, and returns to the page they were on.
 */
@Controller
class PostSwitchController {

    private final IdentityManagement identity;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PostSwitchController(IdentityManagement identity) {
        this.identity = identity;
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping("/me/post")
    String formAsPage() {
        return "redirect:/me";
    }

    @PostMapping("/me/post")
    String switchPost(@RequestParam UUID postId, Authentication signedIn, HttpServletRequest request,
            HttpServletResponse response) {
        identity.switchPost(postId);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(PostSwitch.actingIn(signedIn, postId));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        URI origin = ServletUriComponentsBuilder.fromServletMapping(request).replacePath(null).build().toUri();
        return "redirect:" + ReturnPath.from(request.getHeader(HttpHeaders.REFERER), origin,
            request.getContextPath());
    }
}
