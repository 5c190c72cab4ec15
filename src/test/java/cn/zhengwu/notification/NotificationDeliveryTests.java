package cn.zhengwu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.NotifiableEvent;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.notification.Newcomer.HearingMoved;
import cn.zhengwu.notification.delivery.Deliveries;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitSummary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What another module publishes reaches its people: in their inbox and bell, live on their open pages, by the
 * channels they chose, once only, and on the record of who was told.
 */
@IntegrationTest
class NotificationDeliveryTests {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    NotificationManagement notifications;

    @Autowired
    Deliveries deliveries;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    IdentityManagement identity;

    @Autowired
    ZhengwuUsers users;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc classicMvc;

    UserDetails admin;

    @BeforeEach
    void signInAdministrator() {
        admin = users.loadUserByUsername("admin");
    }

    @Test
    void aPublishedNotifiableEventArrivesInTheRecipientsInboxAndIsRecorded() {
        Newcomer reader = newcomer(null, null);
        HearingMoved moved = HearingMoved.to(reader, "听证会改至周五上午九时", Urgency.NORMAL);

        publish(moved);

        await().atMost(PATIENCE).until(() -> reader.call(notifications::unreadCount) == 1);
        assertThat(reader.call(() -> notifications.mine(true, 10))).singleElement().satisfies(notification -> {
            assertThat(notification.messageArguments()).containsExactly("听证会改至周五上午九时");
            assertThat(notification.link()).isEqualTo("/hearings/" + moved.hearing());
            assertThat(notification.sender()).isEqualTo("clerk");
            assertThat(notification.unread()).isTrue();
        });
        List<DeliveryRecord> told = recordOf(reader);
        assertThat(told).anySatisfy(attempt -> {
            assertThat(attempt.channel()).isEqualTo(Channel.IN_APP);
            assertThat(attempt.delivered()).isTrue();
            assertThat(attempt.message()).isEqualTo("听证会改至周五上午九时");
        });
        // E-mail is on by default, but this person has no address: the record says so.
        assertThat(told).anySatisfy(attempt -> {
            assertThat(attempt.channel()).isEqualTo(Channel.EMAIL);
            assertThat(attempt.delivered()).isFalse();
            assertThat(attempt.reasonKey()).isEqualTo("notification.failure.noAddress");
        });
    }

    @Test
    void anEventDeliveredTwiceTellsNobodyTwice() {
        Newcomer reader = newcomer(null, null);
        HearingMoved moved = HearingMoved.to(reader, "听证会材料已更新", Urgency.NORMAL);

        deliveries.deliver(moved);
        deliveries.deliver(moved);

        assertThat(reader.call(() -> notifications.mine(false, 10))).hasSize(1);
        assertThat(recordOf(reader)).hasSize(2);
    }

    @Test
    void anUrgentItemReachesThePhoneOfSomeoneWhoTurnedSmsOffAtNight() {
        Newcomer reader = newcomer(null, "13912345678");
        reader.call(() -> notifications.changePreferences(new NotificationPreferences(false, false,
            java.time.LocalTime.MIN, java.time.LocalTime.MAX)));

        deliveries.deliver(HearingMoved.to(reader, "防汛紧急会商，请立即到岗", Urgency.EXTRA_URGENT));

        assertThat(recordOf(reader)).anySatisfy(attempt -> {
            assertThat(attempt.channel()).isEqualTo(Channel.SMS);
            assertThat(attempt.delivered()).isTrue();
            assertThat(attempt.address()).isEqualTo("139****5678");
        });
    }

    @Test
    void duringQuietHoursOnlyTheApplicationIsTold() {
        Newcomer reader = newcomer("quiet-" + UUID.randomUUID().toString().substring(0, 6) + "@sh.gov.cn",
            "13912345678");
        // Quiet all day long but for its very last nanosecond.
        reader.call(() -> notifications.changePreferences(new NotificationPreferences(true, true,
            java.time.LocalTime.MIN, java.time.LocalTime.MAX)));

        deliveries.deliver(HearingMoved.to(reader, "周例会纪要已印发", Urgency.NORMAL));

        assertThat(recordOf(reader)).extracting(DeliveryRecord::channel).containsExactly(Channel.IN_APP);
    }

    @Test
    void markingReadEmptiesTheUnreadListAndTheBellCount() {
        Newcomer reader = newcomer(null, null);
        deliveries.deliver(HearingMoved.to(reader, "请审阅会议议程", Urgency.NORMAL));
        deliveries.deliver(HearingMoved.to(reader, "请确认参会人员", Urgency.URGENT));
        var me = user(reader.user());

        assertThat(mvc.get().uri("/notifications/bell/count").header("HX-Request", "true").with(me)).hasStatusOk()
            .bodyText().contains("2 条未读通知");
        assertThat(mvc.get().uri("/notifications/bell").header("HX-Request", "true").with(me)).hasStatusOk()
            .bodyText().contains("请审阅会议议程", "请确认参会人员", "加急");
        String id = reader.call(() -> notifications.mine(true, 10)).getFirst().id().toString();

        assertThat(mvc.post().uri("/api/v1/notifications/{id}/read", id).with(me)).hasStatusOk()
            .bodyJson().extractingPath("$.unread").isEqualTo(false);
        assertThat(mvc.get().uri("/api/v1/notifications?unreadOnly=true").with(me)).hasStatusOk()
            .bodyJson().extractingPath("$.length()").isEqualTo(1);
        assertThat(mvc.post().uri("/api/v1/notifications/read-all").with(me)).hasStatusOk()
            .bodyJson().extractingPath("$.marked").isEqualTo(1);
        assertThat(mvc.get().uri("/notifications/bell/count").header("HX-Request", "true").with(me)).hasStatusOk()
            .bodyText().contains("0 条未读通知").doesNotContain("bell-badge");
        assertThat(mvc.get().uri("/notifications?unread=true").with(me)).hasStatusOk()
            .bodyText().contains("暂无通知");
        assertThat(mvc.get().uri("/notifications").with(me)).hasStatusOk()
            .bodyText().contains("请审阅会议议程", "已读");
    }

    @Test
    void someoneElsesNotificationCannotBeMarkedRead() {
        Newcomer reader = newcomer(null, null);
        deliveries.deliver(HearingMoved.to(reader, "仅本人可见", Urgency.NORMAL));
        String id = reader.call(() -> notifications.mine(true, 10)).getFirst().id().toString();

        assertThat(mvc.post().uri("/api/v1/notifications/{id}/read", id).with(user(users.loadUserByUsername("duty"))))
            .hasStatus(404);
        assertThat(reader.call(notifications::unreadCount)).isEqualTo(1);
    }

    @Test
    void withoutHtmxTheBellIsTheWholeList() {
        assertThat(mvc.get().uri("/notifications/bell").with(user(admin))).hasStatus3xxRedirection()
            .redirectedUrl().isEqualTo("/notifications");
    }

    @Test
    void theLiveStreamSendsAnEventWhenANotificationArrives() throws Exception {
        Newcomer reader = newcomer(null, null);
        MvcResult stream = classicMvc.perform(get("/notifications/stream").with(user(reader.user()))
            .accept(MediaType.TEXT_EVENT_STREAM)).andExpect(request().asyncStarted()).andReturn();
        assertThat(stream.getResponse().getContentAsString()).doesNotContain("event:notification");

        publish(HearingMoved.to(reader, "议程有变", Urgency.NORMAL));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(stream.getResponse().getContentAsString())
            .contains("event:notification", "data:" + reader.person()));
    }

    @Test
    void peopleChooseTheirChannelsAndQuietHours() {
        Newcomer reader = newcomer(null, null);
        var me = user(reader.user());
        assertThat(mvc.get().uri("/api/v1/notifications/preferences").with(me)).hasStatusOk().bodyJson()
            .extractingPath("$.email").isEqualTo(true);

        assertThat(mvc.put().uri("/api/v1/notifications/preferences").with(me).contentType(MediaType.APPLICATION_JSON)
            .content("{\"email\": false, \"sms\": true, \"quietFrom\": \"22:00\", \"quietUntil\": \"07:00\"}"))
            .hasStatusOk();

        assertThat(reader.call(notifications::preferences)).isEqualTo(new NotificationPreferences(false, true,
            java.time.LocalTime.of(22, 0), java.time.LocalTime.of(7, 0)));
        assertThat(mvc.get().uri("/notifications/preferences").with(me)).hasStatusOk().bodyText().contains("22:00");
    }

    @Test
    void quietHoursNeedAStartAndAnEndAndNothingChangesOtherwise() {
        Newcomer reader = newcomer(null, null);
        var me = user(reader.user());

        assertThat(mvc.put().uri("/api/v1/notifications/preferences").with(me).contentType(MediaType.APPLICATION_JSON)
            .content("{\"email\": false, \"sms\": true, \"quietFrom\": \"22:00\"}")).hasStatus(400)
            .bodyJson().extractingPath("$.code").isEqualTo("notification.preferences.quietHours.incomplete");
        assertThat(mvc.post().uri("/notifications/preferences").with(me).with(csrf())
            .param("email", "true").param("quietFrom", "08:00").param("quietUntil", "08:00")).hasStatus(400)
            .bodyText().contains("免打扰时段的开始和结束时间不能相同");

        assertThat(reader.call(notifications::preferences)).isEqualTo(NotificationPreferences.DEFAULT);
    }

    @Test
    void theFormSavesPreferences() {
        Newcomer reader = newcomer(null, null);

        assertThat(mvc.post().uri("/notifications/preferences").with(user(reader.user())).with(csrf())
            .param("sms", "true").param("quietFrom", "21:30").param("quietUntil", "06:45"))
            .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/notifications/preferences");

        assertThat(reader.call(notifications::preferences)).isEqualTo(new NotificationPreferences(false, true,
            java.time.LocalTime.of(21, 30), java.time.LocalTime.of(6, 45)));
    }

    @Test
    void anAdministratorAnnouncesToAPersonAndSeesItOnTheRecord() {
        Newcomer reader = newcomer(null, null);

        assertThat(mvc.post().uri("/api/v1/notifications").with(user(admin)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"people\": [\"" + reader.person() + "\"], \"text\": \"本周五下午停电检修\", "
                + "\"urgency\": \"NORMAL\"}"))
            .hasStatus(202).bodyJson().extractingPath("$.recipients").isEqualTo(1);

        await().atMost(PATIENCE).until(() -> reader.call(notifications::unreadCount) == 1);
        assertThat(Newcomer.signedIn(admin, () -> notifications.deliveryLog(NotificationManagement.MOST)))
            .anySatisfy(attempt -> {
                assertThat(attempt.recipient()).isEqualTo(reader.person().value());
                assertThat(attempt.sender()).isEqualTo("admin");
                assertThat(attempt.message()).isEqualTo("本周五下午停电检修");
            });
        assertThat(mvc.get().uri("/notifications/log").with(user(admin))).hasStatusOk().bodyText()
            .contains("本周五下午停电检修", reader.call(() -> organization.nameOf(reader.person())).orElseThrow());
    }

    @Test
    void anAnnouncementToAUnitReachesEveryoneInPostThere() {
        UnitSummary secretariat = Newcomer.signedIn(admin, () -> organization.allUnits()).stream()
            .filter(unit -> unit.code().equals("GO-MSC")).findFirst().orElseThrow();
        UserDetails clerk = users.loadUserByUsername("clerk");
        long before = Newcomer.signedIn(clerk, notifications::unreadCount);

        assertThat(mvc.post().uri("/notifications/announcements").with(user(admin)).with(csrf())
            .param("unit", secretariat.id().toString()).param("text", "秘书处全体人员下午三时开会")
            .param("urgency", "NORMAL"))
            .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/notifications/log");

        await().atMost(PATIENCE).until(() -> Newcomer.signedIn(clerk, notifications::unreadCount) > before);
        assertThat(Newcomer.signedIn(clerk, () -> notifications.mine(true, 10)))
            .anySatisfy(notification -> assertThat(notification.messageArguments())
                .containsExactly("秘书处全体人员下午三时开会"));
    }

    @Test
    void onlyAdministratorsAnnounceAndOthersSeeOnlyWhatTheySent() {
        var clerk = user(users.loadUserByUsername("clerk"));
        Newcomer reader = newcomer(null, null);

        assertThat(mvc.post().uri("/api/v1/notifications").with(clerk).contentType(MediaType.APPLICATION_JSON)
            .content("{\"people\": [\"" + reader.person() + "\"], \"text\": \"越权通知\", \"urgency\": \"NORMAL\"}"))
            .hasStatus(403);
        assertThat(mvc.get().uri("/notifications/announcements").with(clerk)).hasStatus(403);

        deliveries.deliver(HearingMoved.to(reader, "文书科发出的通知", Urgency.NORMAL));
        assertThat(mvc.get().uri("/api/v1/notifications/log").with(clerk)).hasStatusOk().bodyJson()
            .extractingPath("$[*].sender").asArray().isNotEmpty().containsOnly("clerk");
        assertThat(mvc.get().uri("/api/v1/notifications/log").with(user(reader.user()))).hasStatusOk().bodyJson()
            .extractingPath("$.length()").isEqualTo(0);
    }

    @Test
    void anAnnouncementWithoutRecipientsIsRefusedAndSendsNothing() {
        assertThat(mvc.post().uri("/notifications/announcements").with(user(admin)).with(csrf())
            .param("text", "无人可收").param("urgency", "URGENT")).hasStatus(400)
            .bodyText().contains("请选择至少一名人员或一个单位");
        assertThat(mvc.post().uri("/notifications/announcements").with(user(admin)).with(csrf())
            .param("unit", "").param("text", "  ")).hasStatus(400).bodyText().contains("此项必填");
    }

    @Test
    void theAnnouncementFormFindsPeopleByName() {
        assertThat(mvc.get().uri("/notifications/announcements?q=张敏").header("HX-Request", "true")
            .header("HX-Target", "announcement-people").with(user(admin))).hasStatusOk().bodyText().contains("张敏");
        assertThat(mvc.get().uri("/notifications/announcements").with(user(admin))).hasStatusOk().bodyText()
            .contains("发布通知");
    }

    private Newcomer newcomer(@Nullable String email, @Nullable String mobile) {
        return Newcomer.join(organization, identity, users, email, mobile);
    }

    private void publish(NotifiableEvent event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private List<DeliveryRecord> recordOf(Newcomer reader) {
        return Newcomer.signedIn(admin, () -> notifications.deliveryLog(NotificationManagement.MOST)).stream()
            .filter(attempt -> attempt.recipient().equals(reader.person().value())).toList();
    }
}
