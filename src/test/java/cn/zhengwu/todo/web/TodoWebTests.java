package cn.zhengwu.todo.web;

import static cn.zhengwu.todo.People.as;
import static cn.zhengwu.todo.People.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.todo.NewTodoItem;
import cn.zhengwu.todo.People;
import cn.zhengwu.todo.TodoFilter;
import cn.zhengwu.todo.TodoItemAssigned;
import cn.zhengwu.todo.TodoKind;
import cn.zhengwu.todo.TodoManagement;
import cn.zhengwu.todo.TodoTab;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The list through {@code /api/v1/todo} and the pages, its order and filters, and who hears of a new item. */
@IntegrationTest
@ExtendWith(PublishedEventsExtension.class)
class TodoWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TodoManagement todo;

    @Autowired
    Clock clock;

    People people;
    ZhengwuUser clerk;

    @BeforeEach
    void setUp(@Autowired OrganizationManagement organization, @Autowired IdentityManagement identity,
            @Autowired ZhengwuUsers users) {
        people = new People(organization, identity, users);
        clerk = people.newcomer("办事员");
    }

    @Test
    void aNewItemRingsTheBellForTheAssigneeTheirDelegateAndTheirSecretary(PublishedEvents events) {
        ZhengwuUser leader = people.newcomer("领导");
        ZhengwuUser secretary = people.newcomer("秘书");
        ZhengwuUser delegate = people.newcomer("受托");
        LocalDate today = LocalDate.now(clock);
        people.servesAsSecretary(secretary, leader, today);
        people.delegates(leader, delegate, today);

        SystemAuthentication.run(() -> todo.add(item(leader, "会见安排", Urgency.EXTRA_URGENT, null)));

        assertThat(events.ofType(TodoItemAssigned.class).matching(e -> e.assignee().equals(id(leader))))
            .singleElement().satisfies(assigned -> {
                assertThat(assigned.recipients()).containsExactlyInAnyOrder(leader.personId(),
                    secretary.personId(), delegate.personId());
                assertThat(assigned.messageKey()).isEqualTo("todo.assigned.toDo");
                assertThat(assigned.link()).isEqualTo("/todo/" + assigned.item());
            });
        assertThat(as(secretary, () -> todo.list(TodoFilter.of(TodoTab.TO_DO), 10)).items())
            .anyMatch(found -> found.assigneeName().equals(leader.displayName()));
    }

    @Test
    void theListComesDueFirstThenMostUrgentAndPagesByKey() {
        var now = clock.instant();
        SystemAuthentication.run(() -> {
            todo.add(item(clerk, "无时限特急", Urgency.EXTRA_URGENT, null));
            todo.add(item(clerk, "明天平件", Urgency.NORMAL, now.plus(Duration.ofDays(1))));
            todo.add(item(clerk, "明天加急", Urgency.URGENT, now.plus(Duration.ofDays(1))));
            todo.add(item(clerk, "昨天到期", Urgency.NORMAL, now.minus(Duration.ofDays(1))));
        });

        assertThat(mvc.get().uri("/api/v1/todo?kind=TO_DO&size=3").with(user(clerk))).hasStatusOk().bodyJson()
            .satisfies(json -> {
                json.assertThat().extractingPath("$.items[*].title").asArray()
                    .containsExactly("昨天到期", "明天加急", "明天平件");
                json.assertThat().extractingPath("$.counts.toDo").isEqualTo(4);
                json.assertThat().extractingPath("$.counts.overdue").isEqualTo(1);
            });
        String next = as(clerk, () -> todo.list(TodoFilter.of(TodoTab.TO_DO), 3)).next();
        assertThat(mvc.get().uri("/api/v1/todo?kind=TO_DO&size=3&before={next}", next).with(user(clerk)))
            .hasStatusOk().bodyJson().extractingPath("$.items[*].title").asArray().containsExactly("无时限特急");
        assertThat(mvc.get().uri("/todo?urgency=EXTRA_URGENT").with(user(clerk))).hasStatusOk().bodyText()
            .contains("无时限特急", "特急").doesNotContain("明天平件");
        assertThat(mvc.get().uri("/todo?overdue=true").with(user(clerk))).hasStatusOk().bodyText()
            .contains("昨天到期", "已超期").doesNotContain("明天加急");
    }

    @Test
    void aDepartmentsSystemPutsAnItemOnAPersonsListOnceThroughTheApi() {
        String origin = UUID.randomUUID().toString();
        String body = """
            {"kind":"TO_READ","assignee":"%s","title":"发改委简报","originModule":"information",
             "originType":"bulletin","originId":"%s","link":"/information/%s","urgency":"URGENT"}"""
            .formatted(clerk.personId(), origin, origin);
        ZhengwuUser fgw = people.demo("fgw");

        assertThat(mvc.post().uri("/api/v1/todo").with(user(fgw)).contentType(MediaType.APPLICATION_JSON).content(body))
            .hasStatus(201).bodyJson().extractingPath("$.kind").isEqualTo("TO_READ");
        assertThat(mvc.post().uri("/api/v1/todo").with(user(fgw)).contentType(MediaType.APPLICATION_JSON).content(body))
            .hasStatus(201);
        assertThat(mvc.get().uri("/api/v1/todo?kind=TO_READ").with(user(clerk))).hasStatusOk().bodyJson()
            .extractingPath("$.counts.toRead").isEqualTo(1);
        assertThat(mvc.post().uri("/api/v1/todo").with(user(fgw)).contentType(MediaType.APPLICATION_JSON)
            .content(body.replace("发改委简报", "")))
            .hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theThreeAdministratorsPutNoItemOnAnyonesListThoughTwoOfThemReadTheDirectory() {
        String origin = UUID.randomUUID().toString();
        String body = """
            {"kind":"TO_READ","assignee":"%s","title":"无权报送","originModule":"information",
             "originType":"bulletin","originId":"%s","link":"/information/%s"}""".formatted(clerk.personId(), origin, origin);

        for (String username : List.of("admin", "secadmin", "auditor")) {
            assertThat(mvc.post().uri("/api/v1/todo").with(user(people.demo(username)))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .as(username).hasStatus(403).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(mvc.get().uri("/api/v1/todo?kind=TO_READ").with(user(clerk))).hasStatusOk().bodyJson()
            .extractingPath("$.counts.toRead").isEqualTo(0);
    }

    @Test
    void theHomePageLoadsTheListAndTheListWorksAsAFullPageAndAsAFragment() {
        assertThat(mvc.get().uri("/").with(user(clerk))).hasStatusOk().bodyText()
            .contains("id=\"home-todo\"", "hx-get=\"/todo\"", "hx-trigger=\"load, htmx:sseMessage from:body\"",
                "href=\"/todo\"");
        assertThat(mvc.get().uri("/todo").with(user(clerk))).hasStatusOk().bodyText()
            .contains("<html", "id=\"todo-list\"", "id=\"todo-tab-TO_READ\"");
        assertThat(mvc.get().uri("/todo").with(user(clerk)).header("HX-Request", "true")).hasStatusOk().bodyText()
            .contains("id=\"todo-list\"").doesNotContain("<html");
    }

    private NewTodoItem item(ZhengwuUser assignee, String title, Urgency urgency, java.time.@org.jspecify.annotations.Nullable Instant due) {
        String id = UUID.randomUUID().toString();
        return new NewTodoItem(TodoKind.TO_DO, id(assignee), title, new RecordReference("tests", "task", id),
            "/todo", null, urgency, due, null);
    }
}
