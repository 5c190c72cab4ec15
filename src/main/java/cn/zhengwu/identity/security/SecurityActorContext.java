package cn.zhengwu.identity.security;

import java.util.Map;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.SystemAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The acting person from the security context, with the address of the current request. */
@Component
class SecurityActorContext implements ActorContext {

    static final String ANONYMOUS = "anonymous";

    @Override
    public Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof SystemAuthentication) {
            return Actor.system();
        }
        if (authentication != null && authentication.getPrincipal() instanceof ZhengwuUser user) {
            var post = user.activePost();
            return new Actor(user.getUsername(), user.personId(), post.map(PostChoice::postId).orElse(null),
                post.map(PostChoice::unitId).orElse(null), post.map(PostChoice::label).orElse(user.displayName()),
                user.clearance(), user.grants(), address());
        }
        return new Actor(ANONYMOUS, null, null, null, ANONYMOUS, SecurityClassification.PUBLIC, Map.of(), address());
    }

    private static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return Actor.SYSTEM;
    }
}
