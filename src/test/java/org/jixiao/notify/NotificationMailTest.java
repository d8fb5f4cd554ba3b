package org.jixiao.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Notices by mail against a real SMTP server (GreenMail on a free port) inside the shared test context: mail is
 * switched on and the application's sender pointed at GreenMail for this class only, and both are put back after.
 * A user who opted out gets the bell but no mail; a dead SMTP server leaves the decision done and the mail counted
 * as failed. Targets of 2031 (no rounds).
 */
@IntegrationTest
class NotificationMailTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JavaMailSenderImpl sender;
    @Autowired
    NotificationMail mail;
    @Autowired
    JdbcTemplate jdbc;

    private GreenMail smtp;
    private String host;
    private int port;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        host = sender.getHost();
        port = sender.getPort();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        mail.setEnabled(true);
    }

    @AfterEach
    void stopSmtp() {
        mail.setEnabled(false);
        sender.setHost(host);
        sender.setPort(port);
        smtp.stop();
        Api.as(rest, "staff").put("/api/me/notification-settings", Map.of("mail", true)).expect(200);
        Api.as(rest, "leader").put("/api/me/notification-settings", Map.of("mail", true)).expect(200);
    }

    @Test
    void noticesGoByMailInChineseExceptToThoseWhoOptedOut() throws Exception {
        Api.as(rest, "staff").put("/api/me/notification-settings",
                Map.of("email", "staff@example.gov.cn", "mail", true)).expect(200);
        Api.as(rest, "leader").put("/api/me/notification-settings",
                Map.of("email", "leader@example.gov.cn", "mail", false)).expect(200);
        assertThat(Api.as(rest, "leader").get("/api/me/notification-settings").expect(200).body()
                .get("mail").asBoolean()).isFalse();

        long id = submitted("邮件通知项目");
        String task = Api.as(rest, "leader").taskOf("TARGET", id);
        Api.as(rest, "leader").post("/api/tasks/" + task + "/return", Map.of("opinion", "请补充绩效指标"))
                .expect(200);

        assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("staff@example.gov.cn");
        assertThat(message.getSubject()).contains("退回").contains("邮件通知项目");
        String body = GreenMailUtil.getBody(message);
        assertThat(message.getContent().toString()).contains("请补充绩效指标").contains("/targets/" + id);
        assertThat(body).isNotBlank();
        // the leader opted out: the ASSIGNED notice is in the bell, but no mail was due
        assertThat(mailStates("leader", id)).containsExactly((String) null);
        assertThat(awaitMailState("staff", id, NotificationMail.SENT)).containsExactly(NotificationMail.SENT);
    }

    @Test
    void anUrgeByTheSubmitterGoesByMailToTheHolder() throws Exception {
        Api.as(rest, "leader").put("/api/me/notification-settings",
                Map.of("email", "leader@example.gov.cn", "mail", true)).expect(200);
        long id = submitted("邮件督促项目");
        String task = Api.as(rest, "leader").taskOf("TARGET", id);
        Api.as(rest, "staff").post("/api/tasks/" + task + "/urge", Map.of("message", "请本周内审核")).expect(200);

        // the leader's ASSIGNED and URGED
        assertThat(smtp.waitForIncomingEmail(15_000, 2)).isTrue();
        MimeMessage urged = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains("催办：");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertThat(urged.getAllRecipients()[0].toString()).isEqualTo("leader@example.gov.cn");
        assertThat(urged.getSubject()).contains("邮件督促项目");
        assertThat(urged.getContent().toString()).contains("请本周内审核").contains("/targets/" + id);
    }

    @Test
    void aDeadMailServerNeverBreaksADecision() throws Exception {
        Api.as(rest, "staff").put("/api/me/notification-settings",
                Map.of("email", "staff@example.gov.cn", "mail", true)).expect(200);
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        sender.setPort(closed);
        long failuresBefore = mail.failures();
        long id = submitted("邮件失败项目");
        Api.as(rest, "leader").post("/api/tasks/" + Api.as(rest, "leader").taskOf("TARGET", id) + "/return",
                Map.of("opinion", "退回")).expect(200);

        assertThat(Api.as(rest, "staff").get("/api/targets/" + id).expect(200).body().get("status").asText())
                .isEqualTo("RETURNED");
        assertThat(awaitMailState("staff", id, NotificationMail.FAILED)).containsExactly(NotificationMail.FAILED);
        assertThat(mail.failures()).isGreaterThan(failuresBefore);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void settingsAreTheUsersOwnAndChecked() {
        Api staff = Api.as(rest, "staff");
        assertThat(staff.put("/api/me/notification-settings", Map.of("email", "not-an-address", "mail", true))
                .expect(422).body().get("errors").get(0).get("field").asText()).isEqualTo("email");
        staff.put("/api/me/notification-settings", Map.of("email", "x@example.gov.cn")).expect(422);
        assertThat(staff.putRaw("/api/me/notification-settings", "{\"mail\": \"perhaps\"}").status())
                .isBetween(400, 422);
        staff.put("/api/me/notification-settings", Map.of("email", "s@example.gov.cn", "mail", false)).expect(200);
        assertThat(Api.as(rest, "staff2").get("/api/me/notification-settings").expect(200).body()
                .get("email").isNull()).isTrue();
    }

    private long submitted(String name) {
        var body = TargetFixtures.validProject(name);
        body.put("fiscalYear", 2031);
        long id = Api.as(rest, "staff").post("/api/targets", body).expect(201).id();
        Api.as(rest, "staff").post("/api/targets/" + id + "/submit", null).expect(200);
        return id;
    }

    /** The mail thread marks a notice after the SMTP conversation; wait for it (at most 30 s). */
    private List<String> awaitMailState(String username, long subjectId, String state) {
        return await("the notification's mail " + state).atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50)).until(() -> mailStates(username, subjectId), equalTo(List.of(state)));
    }

    private List<String> mailStates(String username, long subjectId) {
        return jdbc.queryForList("SELECT n.mail_state FROM notification n JOIN app_user u ON u.id = n.recipient_id "
                + "WHERE u.username = ? AND n.subject_type = 'TARGET' AND n.subject_id = ? ORDER BY n.id",
                String.class, username, subjectId);
    }
}
