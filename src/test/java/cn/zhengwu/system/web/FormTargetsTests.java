package cn.zhengwu.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.identity.security.ZhengwuUsers;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every address a form of the pages posts to also answers when it is opened in the browser (the address bar after
 * the form was sent, a bookmark, the history): with its page or the page the form is on, never with the error page
 * of an operation not supported.
 */
@IntegrationTest
class FormTargetsTests {

    static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ZhengwuUsers users;

    @Test
    void everyFormTargetOfThePagesOpenedInTheBrowserShowsAPage(
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        List<String> targets = mappings.getHandlerMethods().keySet().stream()
            .filter(mapping -> mapping.getMethodsCondition().getMethods().contains(RequestMethod.POST))
            .flatMap(mapping -> mapping.getPatternValues().stream())
            .filter(pattern -> !pattern.startsWith(ApiPaths.V1))
            .distinct().sorted().toList();
        assertThat(targets).contains("/me/tokens", "/me/password", "/me/post", "/documents/{id}/submission");
        var administrator = user(users.loadUserByUsername("admin"));

        SoftAssertions.assertSoftly(softly -> targets.forEach(pattern -> {
            String path = VARIABLE.matcher(pattern).replaceAll(UUID.randomUUID().toString());
            // Its page, the page the form is on, or none for a record that does not exist: never 405.
            softly.assertThat(mvc.get().uri(path).with(administrator).exchange().getResponse().getStatus())
                .as("GET %s", pattern).isIn(200, 302, 404);
        }));
    }
}
