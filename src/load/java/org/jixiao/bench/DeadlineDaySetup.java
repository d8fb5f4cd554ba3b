package org.jixiao.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jixiao.monitoring.MonitoringRoundService;
import org.jixiao.monitoring.MonitoringRoundStatus;
import org.jixiao.monitoring.MonitoringRoundSummary;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadline-day data: {@code users} units under the demo finance bureau, one STAFF user each (password "demo"),
 * {@code reportsPerUser} approved targets per unit, one monitoring round opened over them (one report per target,
 * each with its report process and task), and a personal access token per user made through
 * {@code POST /api/me/tokens} the way a client would get one.
 */
final class DeadlineDaySetup {
    static final String PASSWORD = "demo";

    /** One user of the load: their token and their reports, in the order they will fill them. */
    record LoadUser(String username, String token, List<Long> reports) {
    }

    private final ConfigurableApplicationContext context;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    DeadlineDaySetup(ConfigurableApplicationContext context, String baseUrl) {
        this.context = context;
        this.baseUrl = baseUrl;
    }

    List<LoadUser> prepare(int users, int reportsPerUser, int year) throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        OrgDirectory directory = context.getBean(OrgDirectory.class);
        CurrentUser finance = directory.currentUser("finance").orElseThrow();
        BenchSeeder seeder = new BenchSeeder(jdbc, transaction);
        int departments = Math.max(1, users / 20);
        List<Long> units = seeder.organisation(finance.financeBureauId(), departments, (users + departments - 1) / departments)
                .subList(0, users);
        Map<Long, String> userOfUnit = staffUsers(jdbc, transaction, units);
        // round-robin over the units: every unit gets reportsPerUser targets
        seeder.approvedTargets(year, users * reportsPerUser, units.get(0), 0, units);
        long roundId = openRound(finance, year, users * reportsPerUser);

        Map<Long, List<Long>> reportsOfUnit = new LinkedHashMap<>();
        jdbc.query("SELECT unit_id, id FROM monitoring_report WHERE round_id = ? ORDER BY id",
                rs -> {
                    reportsOfUnit.computeIfAbsent(rs.getLong(1), u -> new ArrayList<>()).add(rs.getLong(2));
                }, roundId);
        ExecutorService pool = Executors.newFixedThreadPool(4); // a BCrypt check per token request
        try {
            List<Future<LoadUser>> made = new ArrayList<>();
            for (Long unit : units) {
                String username = userOfUnit.get(unit);
                made.add(pool.submit(() -> new LoadUser(username, token(username), reportsOfUnit.get(unit))));
            }
            List<LoadUser> result = new ArrayList<>();
            for (Future<LoadUser> f : made) {
                result.add(f.get());
            }
            return result;
        } finally {
            pool.shutdown();
        }
    }

    private Map<Long, String> staffUsers(JdbcTemplate jdbc, TransactionTemplate transaction, List<Long> units) {
        String hash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
        Map<Long, String> result = new LinkedHashMap<>();
        transaction.executeWithoutResult(tx -> {
            for (Long unit : units) {
                String username = "load" + unit;
                jdbc.update("INSERT INTO app_user (username, password_hash, display_name, org_id, enabled)"
                        + " VALUES (?, ?, ?, ?, TRUE)", username, hash, "压测经办人" + unit, unit);
                jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, 'STAFF' FROM app_user WHERE username = ?",
                        username);
                result.put(unit, username);
            }
        });
        return result;
    }

    private long openRound(CurrentUser finance, int year, int expected) throws InterruptedException {
        MonitoringRoundService rounds = context.getBean(MonitoringRoundService.class);
        MonitoringRoundSummary opened = rounds.open(finance, year, 6, LocalDate.of(year, 7, 15), null, LocalDate.of(year, 7, 1));
        long end = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        MonitoringRoundSummary now = rounds.get(finance, opened.id());
        while (now.status() != MonitoringRoundStatus.OPEN) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("round " + opened.id() + " did not open: " + now);
            }
            Thread.sleep(200);
            now = rounds.get(finance, opened.id());
        }
        if (now.created() < expected) {
            throw new IllegalStateException("round has " + now.created() + " reports, expected " + expected);
        }
        return opened.id();
    }

    private String token(String username) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/me/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"deadline day\",\"expiresInDays\":1}")).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        JsonNode body = json.readTree(response.body());
        return body.get("token").asText();
    }
}
