package cn.zhengwu.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.identity.AccountSummary;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonSummary;
import cn.zhengwu.organization.PostSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 切换岗位: a person holding two posts acts in the one they choose, and the page layout shows it. */
@IntegrationTest
class PostSwitchTests {

    static final Pattern ACTIVE_POST = Pattern.compile("class=\"nav-link dropdown-toggle zw-post\".*?<span>([^<]*)</span>",
        Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    Clock clock;

    PostSummary principal;
    PostSummary second;
    AccountSummary account;

    @BeforeEach
    void aPersonWithTwoPosts() {
        Directory directory = new Directory(organization, clock);
        PersonSummary person = directory.person(Fixtures.unique("双跨"));
        principal = directory.post(person, "市发展改革委", "处长");
        second = directory.post(person, "市经济信息化委", "副主任");
        account = Fixtures.account(identity, "twoposts", person.id());
    }

    @Test
    void switchingPostChangesThePostShownInTheLayoutAndReturnsToThePage() {
        Browser browser = new Browser(port);
        browser.signIn(account.username(), Fixtures.PASSWORD);
        assertThat(activePost(browser.get("/me").body())).isEqualTo(principal.label());

        var switched = browser.post("/me/post", Map.of("postId", second.id().toString()),
            "Referer", browser.origin() + "/me?tab=posts");

        assertThat(Browser.location(switched)).isEqualTo("/me?tab=posts");
        assertThat(activePost(browser.get("/").body())).isEqualTo(second.label());
    }

    @Test
    void theChosenPostIsStillActiveAtTheNextSignIn() {
        Browser office = new Browser(port);
        office.signIn(account.username(), Fixtures.PASSWORD);
        office.get("/");
        office.post("/me/post", Map.of("postId", second.id().toString()));

        Browser later = new Browser(port);
        later.signIn(account.username(), Fixtures.PASSWORD);

        assertThat(activePost(later.get("/").body())).isEqualTo(second.label());
    }

    @Test
    void aRefererOfAnotherSiteLeadsHome() {
        Browser browser = new Browser(port);
        browser.signIn(account.username(), Fixtures.PASSWORD);
        browser.get("/");

        var switched = browser.post("/me/post", Map.of("postId", second.id().toString()),
            "Referer", "https://evil.example/phish");

        assertThat(Browser.location(switched)).isEqualTo("/");
    }

    @Test
    void aPostThePersonDoesNotHoldIsRefusedAndChangesNothing() {
        PostSummary foreign = new Directory(organization, clock).post(
            new Directory(organization, clock).person(Fixtures.unique("他人")), "市财政局", "科员");
        Browser browser = new Browser(port);
        browser.signIn(account.username(), Fixtures.PASSWORD);
        browser.get("/");

        var refused = browser.post("/me/post", Map.of("postId", foreign.id().toString()));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(activePost(browser.get("/").body())).isEqualTo(principal.label());
    }

    private static String activePost(String html) {
        Matcher post = ACTIVE_POST.matcher(html);
        assertThat(post.find()).as("the layout shows the active post").isTrue();
        return post.group(1).strip();
    }
}
