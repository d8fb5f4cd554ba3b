package org.jixiao.common.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.RoundFixtures;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.TestContextManager;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 9 §7: thousands of generated hostile requests across every API endpoint, over real HTTP against the
 * running app (the suite's shared context, reached through Spring's TestContextManager as the Jupiter tests do).
 * Endpoints are read from the app's own {@link RequestMappingHandlerMapping}, so a new endpoint is fuzzed without
 * touching this test. Each request has a hostile body (absurd numbers, long or invisible text, wrong types,
 * duplicate keys, broken JSON, dates out of range), hostile path and query values, and a principal from every role
 * plus anonymous and a wrong password. Asserted: never a 5xx, every 4xx under /api is problem JSON, and a refused
 * write changes no row of our tables (row counts and the sum of optimistic-lock versions, before and after).
 *
 * <p>Sign-in is real HTTP Basic, but with test principals that mirror the demo users (same unit, same roles) and
 * carry a cost-4 BCrypt hash: with the demo users' cost-10 hashes, 2,200 requests would spend minutes in BCrypt.
 */
@IntegrationTest
class HostileRequestsFuzzTest {
    static final int TRIES = 2200;
    private static final String PASSWORD = "fuzz";
    private static final List<String> DEMO_USERS =
            List.of("staff", "leader", "dept", "finance", "admin", "staff2", "leader2", "dept2");
    private static final List<String> TABLES = List.of("org_node", "app_user", "app_user_role", "target_rule",
            "performance_target", "target_spending_plan", "target_task", "target_indicator", "review_event",
            "target_attachment", "monitoring_round", "monitoring_round_department", "monitoring_report",
            "monitoring_report_indicator", "light_threshold", "scoring_config", "scoring_level1_weight",
            "scoring_outcome", "evaluation_round", "evaluation_round_department", "self_evaluation",
            "self_evaluation_indicator");
    private static final List<String> VERSIONED = List.of("performance_target", "monitoring_round",
            "monitoring_report", "light_threshold", "scoring_config", "evaluation_round", "self_evaluation");

    private static JdbcTemplate jdbc;
    private static int port;
    private static List<Endpoint> endpoints;
    private static String fingerprintQuery;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<String, AtomicInteger> STATUSES = new TreeMap<>();
    private static final AtomicInteger REFUSED_WRITES = new AtomicInteger();
    private static long started;
    /** The admin endpoints are fuzzed too, and an accepted reset or deactivation of a demo user (ids 1–40) would
     *  lock the rest of the suite out of the shared context: users and org nodes are put back afterwards. */
    private static final List<String> RESTORED = List.of("org_node", "app_user");
    private static final Map<String, List<Map<String, Object>>> SNAPSHOT = new java.util.HashMap<>();

    record Endpoint(String method, String pattern, boolean write) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    record Hostile(Endpoint endpoint, String principal, List<String> pathValues, String query, Body body) {
    }

    record Body(String contentType, String text) {
    }

    @BeforeContainer
    static void start() throws Exception {
        TestContextManager manager = new TestContextManager(HostileRequestsFuzzTest.class);
        manager.prepareTestInstance(new HostileRequestsFuzzTest());
        ApplicationContext context = manager.getTestContext().getApplicationContext();
        port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        jdbc = context.getBean(JdbcTemplate.class);
        endpoints = endpointsOf(context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class));
        assertThat(endpoints).as("API endpoints found").hasSizeGreaterThan(30);
        RoundFixtures.awaitValue(() -> jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = 'dept2'",
                Integer.class), n -> n > 0, Duration.ofSeconds(120), "demo users loaded");
        createPrincipals();
        SNAPSHOT.clear();
        for (String table : RESTORED) {
            SNAPSHOT.put(table, jdbc.queryForList("SELECT * FROM " + table));
        }
        List<String> parts = new ArrayList<>();
        TABLES.forEach(t -> parts.add("(SELECT COUNT(*) FROM " + t + ")"));
        VERSIONED.forEach(t -> parts.add("(SELECT COALESCE(SUM(version), 0) FROM " + t + ")"));
        fingerprintQuery = "SELECT " + String.join(", ", parts);
        started = System.nanoTime();
    }

    @AfterContainer
    static void report() {
        double seconds = (System.nanoTime() - started) / 1e9;
        int total = STATUSES.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("Fuzz: %d hostile requests over %d endpoints in %.1f s; statuses %s; refused writes checked "
                + "for unchanged rows: %d%n", total, endpoints == null ? 0 : endpoints.size(), seconds, STATUSES,
                REFUSED_WRITES.get());
        if (jdbc != null) {
            String fuzzUsers = "(SELECT id FROM app_user WHERE username LIKE 'fuzz-%')";
            // what the product recorded for them (notifications, mail settings, 抄送) goes with them
            jdbc.update("DELETE FROM notification WHERE recipient_id IN " + fuzzUsers);
            jdbc.update("DELETE FROM notification_setting WHERE user_id IN " + fuzzUsers);
            jdbc.update("DELETE FROM task_cc WHERE recipient_id IN " + fuzzUsers);
            jdbc.update("DELETE FROM app_user_role WHERE user_id IN " + fuzzUsers);
            jdbc.update("DELETE FROM app_user WHERE username LIKE 'fuzz-%'");
            restoreDirectory();
        }
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void noRequestBreaksTheServerOrChangesDataItRefused(@ForAll("requests") Hostile hostile) throws Exception {
        boolean write = hostile.endpoint().write();
        List<Long> before = write ? fingerprint() : null;
        String path = path(hostile);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (hostile.principal() != null) {
            String[] parts = hostile.principal().split(":", -1);
            String secret = parts.length > 1 ? parts[1] : PASSWORD;
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((parts[0] + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
        if (hostile.body() != null) {
            request.header("Content-Type", hostile.body().contentType());
            request.method(hostile.endpoint().method(), HttpRequest.BodyPublishers.ofString(hostile.body().text()));
        } else {
            request.method(hostile.endpoint().method(), HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        synchronized (STATUSES) {
            STATUSES.computeIfAbsent(String.valueOf(status), k -> new AtomicInteger()).incrementAndGet();
        }
        String what = hostile.endpoint() + " as " + hostile.principal() + " → " + path + " with "
                + (hostile.body() == null ? "no body" : abbreviate(hostile.body().text())) + ": " + status + " "
                + abbreviate(response.body());
        assertThat(status).as(what).isLessThan(500);
        // Known gap: Tomcat refuses an encoded NUL in the path itself (400, its own HTML page) before any filter runs.
        boolean tomcatRefusedPath = status == 400 && path.contains("%00");
        if (status >= 400 && path.startsWith("/api/") && !tomcatRefusedPath) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what).contains("problem+json");
        }
        if (write && status >= 400) {
            REFUSED_WRITES.incrementAndGet();
            assertThat(fingerprint()).as("rows unchanged after " + what).isEqualTo(before);
        }
        if (write && status == 202) {
            // a round was opened: let its background work finish before the next fingerprint
            RoundFixtures.awaitValue(() -> jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM monitoring_round WHERE "
                    + "status = 'OPENING') + (SELECT COUNT(*) FROM evaluation_round WHERE status = 'OPENING')",
                    Integer.class), n -> n == 0, "no round still OPENING");
        }
    }

    @Provide
    Arbitrary<Hostile> requests() {
        Arbitrary<Endpoint> endpoint = Arbitraries.of(endpoints);
        Arbitrary<String> principal = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.of(DEMO_USERS).map(u -> "fuzz-" + u)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(null)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("fuzz-staff:wrong", "nobody:x", ":", "fuzz-admin:")));
        Arbitrary<List<String>> pathValues = pathValue().list().ofSize(3);
        Arbitrary<String> query = Arbitraries.oneOf(Arbitraries.just(""),
                Combinators.combine(Arbitraries.of("roundId", "fiscalYear", "status", "offset", "limit", "against"),
                        pathValue()).as((k, v) -> "?" + k + "=" + v),
                Arbitraries.of("?roundId=1&roundId=2", "?limit=-1&offset=-5", "?limit=2147483648", "?status=NOPE",
                        "?fiscalYear=1e3", "?offset=99999999999"));
        return Combinators.combine(endpoint, principal, pathValues, query, body()).as(Hostile::new);
    }

    private static Arbitrary<String> pathValue() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 40).map(String::valueOf),
                Arbitraries.of("0", "-1", "99999999999999999999", "9223372036854775807", "1.5", "1e3", "abc",
                        "%00", "%2e%2e", "null", "%20", "%EF%BC%91", "2024", "2100", "1999", "%27%20OR%201=1",
                        "x".repeat(300)));
    }

    private static Arbitrary<Body> body() {
        Arbitrary<String> json = Arbitraries.oneOf(object(2), Arbitraries.of(
                "", "{", "[]", "null", "\"text\"", "123", "{\"a\":1,\"a\":2}", "{\"version\":1,\"version\":2}",
                "{\"text\":\"a\",\"text\":\"b\"}", "{\"indicators\":[null]}", "{\"indicators\":[{\"deviationReasons\":[null]}]}",
                "[".repeat(200), "{\"x\":" + "[".repeat(100) + "]".repeat(100) + "}", "\u0000", "{\"opinion\":\"\\u0000\"}"));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(14, json.map(t -> new Body("application/json", t))),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(null)),
                net.jqwik.api.Tuple.of(1, json.map(t -> new Body("text/plain", t))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(
                        new Body("multipart/form-data", "garbage"),
                        new Body("multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: form-data; "
                                + "name=\"file\"; filename=\"a\u0000.pdf\"\r\n\r\nabc\r\n--XX--\r\n"),
                        new Body("multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: form-data; "
                                + "name=\"file\"; filename=\"invoice\u202Eexe.pdf\"\r\n\r\nabc"),
                        new Body("application/xml", "<a>1</a>"),
                        new Body("application/json; charset=ISO-8859-1", "{\"text\":\"\u00e9\"}"))));
    }

    private static Arbitrary<String> object(int depth) {
        Arbitrary<String> key = Arbitraries.of("version", "fiscalYear", "cutoffMonth", "dueDate", "departmentIds",
                "executedFunds", "expectedCarryOver", "adjustedFunds", "indicators", "indicatorId", "valueToDate",
                "expectedYearEnd", "deviationReasons", "remark", "measures", "opinion", "requirement", "result",
                "message", "reason", "score", "text", "kind", "unitCode", "name", "fiscalFunds", "otherFunds",
                "spendingPlan", "tasks", "weight", "weights", "budget", "planned", "executed", "valueText",
                "scoringRule", "comparator", "value", "actual", "grade", "key", "level1", "budgetRedBelow",
                "indicatorBlueFrom", "budgetMode", "budgetPoints", "outcomes", "label", "month", "percent", "id");
        Arbitrary<String> leaf = leaf();
        Arbitrary<String> value = depth == 0 ? leaf : Arbitraries.oneOf(leaf, leaf, leaf, object(depth - 1),
                Arbitraries.oneOf(leaf, object(depth - 1)).list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]"));
        return Combinators.combine(key, value).as((k, v) -> "\"" + k + "\":" + v).list().ofMinSize(1).ofMaxSize(6)
                .map(pairs -> "{" + String.join(",", pairs) + "}");
    }

    private static Arbitrary<String> leaf() {
        return Arbitraries.oneOf(
                Arbitraries.of("1E+1000000", "1e-1000000", "-1E+200000", "1e308", "-1e308", "2147483648", "-2147483649",
                        "9223372036854775808", "1.00000000000000000001", "99999999999999", "99999999999.999", "-0.0",
                        "0", "-1", "3", "1", "0.1", "NaN", "Infinity", "true", "false", "null", "[null]", "{}", "[]",
                        "\"-999999999-01-01\"", "\"+1000000-01-01\"", "\"2024-13-45\"", "\"2024-02-30\"", "\"yesterday\"",
                        "\"1E+1000000\"", "\"GE\"", "\"ACHIEVED\"", "\"OTHER\"", "\"TIME_ELAPSED\"", "\"PROJECT\"",
                        "\"=HYPERLINK(\\\"http://x\\\")\"", "\"invoice\\u202eexe.pdf\"", "\"\\u0000\"", "\"<script>\"",
                        "\"' OR 1=1 --\"", "\"≥95%\"", "\"不少于4次\"", "\"大于等于2000人次得满分\""),
                Arbitraries.of(1, 33, 201, 1001, 2001, 2500, 4001, 20_000).map(n -> "\"" + "意".repeat(n) + "\""),
                Arbitraries.of(17, 1001, 16_000).map(n -> "\"" + "1".repeat(n) + "\""),
                Arbitraries.integers().between(1, 120).map(n -> "1" + "0".repeat(n)));
    }

    private static String path(Hostile hostile) {
        Matcher variable = Pattern.compile("\\{[^}]+}").matcher(hostile.endpoint().pattern());
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (variable.find()) {
            variable.appendReplacement(out, Matcher.quoteReplacement(hostile.pathValues().get(i++ % 3)));
        }
        variable.appendTail(out);
        return out + hostile.query();
    }

    private static void restoreDirectory() {
        jdbc.update("DELETE FROM notification WHERE recipient_id NOT IN (" + ids("app_user") + ")");
        jdbc.update("DELETE FROM notification_setting WHERE user_id NOT IN (" + ids("app_user") + ")");
        jdbc.update("DELETE FROM task_cc WHERE recipient_id NOT IN (" + ids("app_user") + ")");
        jdbc.update("DELETE FROM app_user_role WHERE user_id NOT IN (" + ids("app_user") + ")");
        jdbc.update("DELETE FROM personal_token WHERE user_id NOT IN (" + ids("app_user") + ")");
        jdbc.update("DELETE FROM app_user WHERE id NOT IN (" + ids("app_user") + ")");
        for (String table : RESTORED) {
            for (Map<String, Object> row : SNAPSHOT.get(table)) {
                List<String> columns = row.keySet().stream().filter(c -> !c.equalsIgnoreCase("id")).toList();
                String set = String.join(", ", columns.stream().map(c -> c + " = ?").toList());
                List<Object> args = new ArrayList<>(columns.stream().map(row::get).toList());
                args.add(row.get(row.keySet().stream().filter(c -> c.equalsIgnoreCase("id")).findFirst().orElseThrow()));
                jdbc.update("UPDATE " + table + " SET " + set + " WHERE id = ?", args.toArray());
            }
        }
        jdbc.update("UPDATE org_node SET in_charge_desk_id = NULL WHERE id NOT IN (" + ids("org_node") + ")");
        jdbc.update("DELETE FROM org_node WHERE id NOT IN (" + ids("org_node") + ") AND parent_id IS NOT NULL");
        jdbc.update("DELETE FROM sign_in_failure");
        jdbc.update("DELETE FROM sign_in_lock");
    }

    private static String ids(String table) {
        return String.join(", ", SNAPSHOT.get(table).stream()
                .map(row -> String.valueOf(row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("id"))
                        .findFirst().orElseThrow().getValue())).toList());
    }

    private static List<Long> fingerprint() {
        return jdbc.query(fingerprintQuery, rs -> {
            List<Long> values = new ArrayList<>();
            rs.next();
            for (int c = 1; c <= TABLES.size() + VERSIONED.size(); c++) {
                values.add(rs.getLong(c));
            }
            return values;
        });
    }

    static List<Endpoint> endpointsOf(RequestMappingHandlerMapping mapping) {
        List<Endpoint> found = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    found.add(new Endpoint(method.name(), pattern, method != RequestMethod.GET));
                }
            }
        }
        found.sort(java.util.Comparator.comparing(Endpoint::toString));
        return found;
    }

    /** Mirrors of the demo users (same unit and roles) that sign in with a cheap hash; removed afterwards. */
    private static void createPrincipals() {
        String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
        for (String user : DEMO_USERS) {
            if (jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, "fuzz-" + user) > 0) {
                continue;
            }
            jdbc.update("INSERT INTO app_user (username, password_hash, display_name, org_id, enabled) "
                    + "SELECT ?, ?, CONCAT('模糊测试-', display_name), org_id, enabled FROM app_user WHERE username = ?",
                    "fuzz-" + user, hash, user);
            jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT f.id, r.role FROM app_user f, app_user u "
                    + "JOIN app_user_role r ON r.user_id = u.id WHERE f.username = ? AND u.username = ?", "fuzz-" + user, user);
        }
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() <= 300 ? s : s.substring(0, 300) + "…(" + s.length() + " chars)";
    }
}
