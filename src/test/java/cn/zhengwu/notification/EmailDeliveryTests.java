package cn.zhengwu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import cn.zhengwu.core.Urgency;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.notification.Newcomer.HearingMoved;
import cn.zhengwu.organization.OrganizationManagement;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail delivery against a real SMTP server (GreenMail) started for this class. It needs its own application
 * context, because the SMTP server's port ({@code spring.mail.*}) must be known when the context starts and
 * e-mail must be switched on; the shared {@code @IntegrationTest} context has no mail server. The methods run
 * in order: the last one stops the server to see a failure recorded.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmailDeliveryTests {

    static final int SMTP_PORT = freePort();
    static final Duration PATIENCE = Duration.ofSeconds(20);

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
        new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    NotificationManagement notifications;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    IdentityManagement identity;

    @Autowired
    ZhengwuUsers users;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 5000);
        registry.add("zhengwu.notification.mail.enabled", () -> true);
        registry.add("zhengwu.notification.mail.from", () -> "bangongting@sh.gov.cn");
        registry.add("zhengwu.notification.base-url", () -> "https://zhengwu.sh.gov.cn/");
    }

    @Test
    @Order(1)
    void aNotificationArrivesInThePersonsMailboxAndTheRecordSaysDelivered() throws Exception {
        String address = "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@sh.gov.cn";
        Newcomer reader = Newcomer.join(organization, identity, users, address, null);
        HearingMoved moved = HearingMoved.to(reader, "听证会改至周五上午九时，地点不变", Urgency.NORMAL);

        transactions.executeWithoutResult(status -> events.publishEvent(moved));

        await().atMost(PATIENCE).until(() -> mailTo(address).size() == 1);
        MimeMessage mail = mailTo(address).getFirst();
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly(address);
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("bangongting@sh.gov.cn");
        assertThat(mail.getSubject()).isEqualTo("【政务系统】通知（平件）");
        assertThat(mail.getContent()).asString().contains("听证会改至周五上午九时，地点不变")
            .contains("https://zhengwu.sh.gov.cn/hearings/" + moved.hearing());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(recordOf(reader)).anySatisfy(attempt -> {
            assertThat(attempt.channel()).isEqualTo(Channel.EMAIL);
            assertThat(attempt.address()).isEqualTo(address);
            assertThat(attempt.delivered()).isTrue();
        }));
    }

    @Test
    @Order(2)
    void whenTheSmtpServerIsDownTheRecordSaysFailedAndWhy() {
        smtp.stop();
        String address = "unreached-" + UUID.randomUUID().toString().substring(0, 8) + "@sh.gov.cn";
        Newcomer reader = Newcomer.join(organization, identity, users, address, null);

        transactions.executeWithoutResult(
            status -> events.publishEvent(HearingMoved.to(reader, "会议室临时调整", Urgency.NORMAL)));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(recordOf(reader)).anySatisfy(attempt -> {
            assertThat(attempt.channel()).isEqualTo(Channel.EMAIL);
            assertThat(attempt.delivered()).isFalse();
            assertThat(attempt.reasonKey()).isEqualTo("notification.failure.error");
            assertThat(attempt.reasonDetail()).isNotBlank();
        }));
        // The application still told them.
        assertThat(recordOf(reader)).anySatisfy(attempt -> {
            assertThat(attempt.channel()).isEqualTo(Channel.IN_APP);
            assertThat(attempt.delivered()).isTrue();
        });
    }

    private List<MimeMessage> mailTo(String address) {
        return smtp.findReceivedMessages(user -> true, message -> {
            try {
                return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
            }
            catch (jakarta.mail.MessagingException unreadable) {
                return false;
            }
        }).toList();
    }

    private List<DeliveryRecord> recordOf(Newcomer reader) {
        UserDetails admin = users.loadUserByUsername("admin");
        return Newcomer.signedIn(admin, () -> notifications.deliveryLog(NotificationManagement.MOST)).stream()
            .filter(attempt -> attempt.recipient().equals(reader.person().value())).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
