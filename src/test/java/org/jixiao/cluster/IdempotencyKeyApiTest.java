package org.jixiao.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9 §6 (b): a client that got no answer can send a state-changing request again with the same
 * {@code Idempotency-Key} and it takes effect once. Over real HTTP on H2 and MariaDB; targets of fiscal year 2098
 * (drafts only, no rounds).
 */
@IntegrationTest
class IdempotencyKeyApiTest {
    private static final int YEAR = 2098;
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theSameKeyAndBodyGetTheFirstAnswerAndTheActionRunsOnce() throws Exception {
        long target = createDraft("staff", "幂等提交", null).json().get("id").asLong();
        String key = UUID.randomUUID().toString();

        Answer first = send("staff", "POST", "/api/targets/" + target + "/submit", "{}", key);
        Answer again = send("staff", "POST", "/api/targets/" + target + "/submit", "{}", key);
        Answer withoutKey = send("staff", "POST", "/api/targets/" + target + "/submit", "{}", null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.replayed()).isFalse();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.replayed()).isTrue();
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(withoutKey.status()).as("without the key the state guard answers").isEqualTo(409);
        assertThat(processes(target)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT state FROM idempotent_request WHERE principal = 'staff' AND idem_key = ?",
                String.class, key)).isEqualTo("DONE");
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndChangesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        Answer created = createDraft("staff", "幂等新建甲", key);
        Answer other = createDraft("staff", "幂等新建乙", key);

        assertThat(created.status()).isEqualTo(201);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("type").asText()).endsWith("/idempotency-key");
        assertThat(count("幂等新建甲")).isEqualTo(1);
        assertThat(count("幂等新建乙")).isZero();
    }

    @Test
    void aRefusalIsReplayedAsWellAndKeysArePerUser() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> invalid = TargetFixtures.validProject("");
        invalid.put("fiscalYear", YEAR);
        String body = JSON.writeValueAsString(invalid);

        Answer refused = send("staff", "POST", "/api/targets", body, key);
        Answer replayed = send("staff", "POST", "/api/targets", body, key);
        Answer otherUser = send("staff2", "POST", "/api/targets", body, key);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(replayed.status()).isEqualTo(422);
        assertThat(replayed.replayed()).isTrue();
        assertThat(replayed.body()).isEqualTo(refused.body());
        assertThat(otherUser.replayed()).as("staff2's key is not staff's").isFalse();
    }

    @Test
    void aMalformedKeyIs422OnTheHeader() throws Exception {
        Answer tooLong = createDraft("staff", "幂等键过长", "k".repeat(129));
        Answer withSpace = createDraft("staff", "幂等键空格", "two words");

        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(withSpace.status()).isEqualTo(422);
        assertThat(count("幂等键过长") + count("幂等键空格")).isZero();
    }

    @Test
    void parallelRequestsWithOneKeyCreateOneTarget() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> draft = TargetFixtures.validProject("幂等并发新建");
        draft.put("fiscalYear", YEAR);
        String body = JSON.writeValueAsString(draft);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Answer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit((Callable<Answer>) () -> send("staff", "POST", "/api/targets", body, key)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Answer> a : answers) {
                statuses.add(a.get().status());
            }
            assertThat(statuses).allMatch(s -> s == 201 || s == 409).contains(201);
        } finally {
            pool.shutdown();
        }
        Answer after = send("staff", "POST", "/api/targets", body, key);
        assertThat(after.status()).isEqualTo(201);
        assertThat(after.replayed()).isTrue();
        assertThat(count("幂等并发新建")).isEqualTo(1);
    }

    private Answer createDraft(String user, String name, String key) throws Exception {
        Map<String, Object> draft = TargetFixtures.validProject(name);
        draft.put("fiscalYear", YEAR);
        return send(user, "POST", "/api/targets", JSON.writeValueAsString(draft), key);
    }

    private int count(String name) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM performance_target WHERE name = ? AND fiscal_year = ?",
                Integer.class, name, YEAR);
    }

    private int processes(long target) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?"
                + " AND PROC_DEF_KEY_ = 'TargetApprovalProcess'", Integer.class,
                String.valueOf(target));
    }

    record Answer(int status, String body, boolean replayed) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }
    }

    private Answer send(String user, String method, String path, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(),
                response.headers().firstValue("Idempotent-Replayed").isPresent());
    }
}
