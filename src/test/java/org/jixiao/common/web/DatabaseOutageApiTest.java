package org.jixiao.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9 §6 (c): while the database is lost, an API request is answered 503 problem JSON with {@code Retry-After}
 * — never 200, never the servlet container's error page — and nothing is stored under its {@code Idempotency-Key};
 * the pool recovers without a restart. The loss is real, on the test's own H2 database: {@code SET EXCLUSIVE 2}
 * closes every other session and refuses new ones, {@code ABORT_SESSION} closes the one session serving a save in
 * the middle of its transaction (as MariaDB's shutdown or {@code KILL} does). H2 only: on MariaDB the cluster
 * script restarts the server under load (docs/cluster.md). Uses the demo's draft report (its save is refused, so
 * it stays as it was); no fiscal year of its own.
 */
@IntegrationTest
class DatabaseOutageApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    HikariDataSource pool;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void whileTheDatabaseRefusesConnectionsTheApiAnswers503ProblemJsonAndRecovers() throws Exception {
        assumeTrue(pool.getJdbcUrl().startsWith("jdbc:h2:"), "H2 only: the MariaDB case is the cluster script's (c)");
        String key = UUID.randomUUID().toString();
        long timeout = pool.getConnectionTimeout();
        Answer save;
        Answer read;
        try (Connection admin = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
             Statement sql = admin.createStatement()) {
            pool.getHikariConfigMXBean().setConnectionTimeout(1000); // the pool gives up after 1 s, not 30
            sql.execute("SET EXCLUSIVE 2");
            try {
                save = send("PUT", "/api/monitoring-reports/1", "{\"version\":0}", key);
                read = send("GET", "/api/monitoring-rounds", null, null);
            } finally {
                sql.execute("SET EXCLUSIVE 0");
                // H2 reports its closed sessions as 90121, which Hikari does not take for a broken connection (it
                // does for MariaDB's 08S01), so the dead ones are evicted here; new ones are the pool's own doing
                pool.getHikariPoolMXBean().softEvictConnections();
            }
        }
        int recovered;
        try {
            recovered = awaitRecovery();
        } finally {
            pool.getHikariConfigMXBean().setConnectionTimeout(timeout);
        }

        assertUnavailable(save);
        assertUnavailable(read);
        assertThat(recovered).as("recovered without a restart").isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotent_request WHERE idem_key = ?", Integer.class,
                key)).as("no answer stored for the key").isZero();
    }

    @Test
    void aSaveWhoseConnectionIsKilledMidTransactionIsNever200AndNotStored() throws Exception {
        assumeTrue(pool.getJdbcUrl().startsWith("jdbc:h2:"), "H2 only: the MariaDB case is the cluster script's (c)");
        pool.getHikariPoolMXBean().softEvictConnections(); // none left over from another test's outage
        Map<String, Object> draft = jdbc.queryForMap("SELECT r.id, r.version, r.executed_funds FROM monitoring_report r"
                + " JOIN performance_target t ON t.id = r.target_id WHERE t.name = '应急保障' AND r.status = 'DRAFT'"
                + " ORDER BY r.id FETCH FIRST 1 ROWS ONLY");
        long id = ((Number) draft.get("ID")).longValue();
        String body = figures(send("GET", "/api/monitoring-reports/" + id, null, null).json());
        String key = UUID.randomUUID().toString();
        Answer save;
        try (Connection admin = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
             Statement sql = admin.createStatement()) {
            admin.setAutoCommit(false);
            sql.executeQuery("SELECT id FROM monitoring_report WHERE id = " + id + " FOR UPDATE").close();
            CompletableFuture<Answer> pending = CompletableFuture.supplyAsync(() -> sendQuietly(body, id, key));
            // the save has authenticated, claimed its key and waits on the row in its transaction: kill its session
            long victim = blockedBy(admin, pending);
            sql.executeQuery("CALL ABORT_SESSION(" + victim + ")").close();
            save = pending.get(30, TimeUnit.SECONDS);
            admin.rollback();
        } finally {
            pool.getHikariPoolMXBean().softEvictConnections();
        }

        assertUnavailable(save);
        Map<String, Object> after = jdbc.queryForMap(
                "SELECT version, executed_funds FROM monitoring_report WHERE id = ?", id);
        assertThat(after.get("VERSION")).as("nothing saved").isEqualTo(draft.get("VERSION"));
        assertThat(after.get("EXECUTED_FUNDS")).isEqualTo(draft.get("EXECUTED_FUNDS"));
        // the release may itself meet a closed session: then the key stays PENDING until its lease, never DONE
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotent_request WHERE idem_key = ? AND state = 'DONE'",
                Integer.class, key)).as("no answer stored for the key: a retry runs again").isZero();
    }

    /** The pool refills on its own (with its back-off after failed attempts); no restart, no eviction by hand. */
    private int awaitRecovery() {
        return await("the API answering 200 again after the outage").atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> send("GET", "/api/monitoring-rounds", null, null).status(), equalTo(200));
    }

    private static void assertUnavailable(Answer answer) throws Exception {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.retryAfter()).as("Retry-After").isNotBlank();
        assertThat(answer.json().get("type").asText()).endsWith("/unavailable");
        assertThat(answer.json().get("status").asInt()).isEqualTo(503);
    }

    /** The session id of the app's connection waiting on the admin session's lock. */
    private static long blockedBy(Connection admin, CompletableFuture<Answer> pending) throws Exception {
        try (PreparedStatement find = admin.prepareStatement(
                "SELECT SESSION_ID FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID = SESSION_ID()")) {
            // on the test's thread: the admin connection holds the lock in its open transaction
            return await("the save waiting on the locked report").atMost(Duration.ofSeconds(20))
                    .pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                    .until(() -> waitingSession(find, pending), notNullValue());
        }
    }

    /** The blocked session, or null while there is none yet; fails at once when the save did not wait at all. */
    private static Long waitingSession(PreparedStatement find, CompletableFuture<Answer> pending) throws Exception {
        try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
                return rs.getLong(1);
            }
        }
        if (pending.isDone()) {
            throw new AssertionError("the save finished without waiting on the lock: " + pending.get());
        }
        return null;
    }

    /** The report's own indicators on their target values, as the cluster load client saves them. */
    private static String figures(JsonNode report) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("version", report.get("version").asInt());
        body.put("executedFunds", "1.00");
        body.put("expectedCarryOver", "0");
        ArrayNode rows = body.putArray("indicators");
        for (JsonNode line : report.get("indicators")) {
            ObjectNode row = rows.addObject();
            row.put("indicatorId", line.get("indicatorId").asLong());
            row.set("valueToDate", line.get("targetValue"));
            row.set("expectedYearEnd", line.get("targetValue"));
            row.put("likelihood", "CERTAIN");
            row.putArray("deviationReasons").add("OTHER");
            row.put("remark", "数据库中断演练");
            row.put("measures", "保持进度");
        }
        return JSON.writeValueAsString(body);
    }

    record Answer(int status, String contentType, String retryAfter, String body) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }
    }

    private Answer sendQuietly(String body, long id, String key) {
        try {
            return send("PUT", "/api/monitoring-reports/" + id, body, key);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer send(String method, String path, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("staff:demo".getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Retry-After").orElse(""), response.body());
    }
}
