package org.jixiao.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.RoundFixtures;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9 §2 and §3 over real HTTP: absurd numbers and texts are refused on their field before any arithmetic or
 * parsing (422 naming the limit, fast), a database refusal is never a misleading 409, malformed requests are 400
 * problem JSON (never 500), odd paths to the engine are refused before any chain runs, and unknown API paths are
 * 404 problem JSON. Raw HTTP (java.net.http) where TestRestTemplate would tidy the request up. Fiscal year 2100.
 */
@IntegrationTest
class HostileRequestsApiTest {
    private static final int YEAR = 2100;
    private static final Duration FAST = Duration.ofSeconds(5);

    @Autowired
    TestRestTemplate rest;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api as(String user) {
        return Api.as(rest, user);
    }

    // ---- §2: no input can exhaust the server

    @Test
    void hugeExponentsAreRefusedBeforeAnyArithmetic() {
        for (String executed : List.of("1E+1000000", "1E+200000", "\"1E+1000000\"", "1e-1000000")) {
            Api.Response r = assertTimeoutPreemptively(FAST, () -> as("staff").postRaw("/api/scoring/preview",
                    "{\"budget\":{\"planned\":100,\"executed\":" + executed + "},\"indicators\":[{\"key\":\"a\","
                            + "\"level1\":\"产出指标\",\"comparator\":\"GE\",\"value\":1,\"weight\":10,\"actual\":1}]}"));
            assertThat(r.status()).as(executed).isEqualTo(422);
            assertField(r, "budget.executed");
        }
    }

    @Test
    void longScoringRulesAndValueTextsAreRefusedBeforeParsing() {
        String digits = "1".repeat(16_000);
        Api.Response rule = assertTimeoutPreemptively(FAST, () -> as("staff").post("/api/scoring/preview", Map.of(
                "budget", Map.of("planned", 100, "executed", 90),
                "indicators", List.of(Map.of("key", "a", "level1", "产出指标", "comparator", "GE", "value", 1,
                        "weight", 10, "actual", 1, "scoringRule", digits)))));
        assertThat(rule.status()).isEqualTo(422);
        assertThat(message(rule, "indicators[0].scoringRule")).contains("1000");

        Api.Response text = assertTimeoutPreemptively(FAST, () ->
                as("staff").post("/api/indicator-values/parse", Map.of("text", "1".repeat(100_000))));
        assertThat(text.status()).isEqualTo(422);
        assertThat(message(text, "text")).contains("200");
    }

    @Test
    void requestBodiesAreCappedAtOneMegabyte() throws Exception {
        String big = "{\"text\":\"" + "a".repeat(1_100_000) + "\"}";
        HttpResponse<String> declared = send(HttpRequest.newBuilder(uri("/api/indicator-values/parse"))
                .header("Content-Type", "application/json").header("Authorization", basic("staff"))
                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        // without a Content-Length (chunked), counted while read
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/api/indicator-values/parse"))
                .header("Content-Type", "application/json").header("Authorization", basic("staff"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> stream(big))));
        assertThat(chunked.statusCode()).isEqualTo(413);
    }

    // ---- §3: a user mistake is a 422 on its field

    @Test
    void overlongOpinionIsA422OnTheOpinionNotAConflict() {
        Map<String, Object> draft = TargetFixtures.validProject("超长审核意见");
        draft.put("fiscalYear", YEAR);
        long id = as("staff").post("/api/targets", draft).expect(201).id();
        as("staff").post("/api/targets/" + id + "/submit", null).expect(200);
        String task = as("leader").taskOf("TARGET", id);
        for (String action : List.of("return", "approve", "rectify")) {
            Api.Response r = as("leader").post("/api/tasks/" + task + "/" + action, Map.of("opinion", "意".repeat(2500)));
            assertThat(r.status()).as(action).isEqualTo(422);
            assertThat(message(r, "opinion")).contains("2000");
        }
        assertThat(as("staff").get("/api/targets/" + id).expect(200).body().get("status").asText())
                .isEqualTo("UNIT_REVIEW");
    }

    @Test
    void numbersTooLargeForTheirColumnsAre422OnTheField() {
        long target = TargetFixtures.approved(rest, YEAR, "超大数字监控");
        long round = as("finance").post("/api/monitoring-rounds",
                Map.of("fiscalYear", YEAR, "cutoffMonth", 6, "dueDate", YEAR + "-07-15")).expect(202).id();
        RoundFixtures.awaitOpen(rest, "/api/monitoring-rounds/" + round);
        long report = -1;
        for (JsonNode r : as("staff").get("/api/monitoring-reports?roundId=" + round).expect(200).body()) {
            if (r.get("targetId").asLong() == target) {
                report = r.get("id").asLong();
            }
        }
        JsonNode before = as("staff").get("/api/monitoring-reports/" + report).expect(200).body();
        int version = before.get("version").asInt();
        long indicator = before.get("indicators").get(0).get("indicatorId").asLong();

        Api.Response funds = as("staff").putRaw("/api/monitoring-reports/" + report,
                "{\"version\":" + version + ",\"executedFunds\":99999999999999,\"indicators\":[]}");
        assertThat(funds.status()).isEqualTo(422);
        assertThat(message(funds, "executedFunds")).contains("99,999,999,999.99");

        Api.Response value = as("staff").putRaw("/api/monitoring-reports/" + report, "{\"version\":" + version
                + ",\"executedFunds\":10,\"indicators\":[{\"indicatorId\":" + indicator + ",\"valueToDate\":2147483648}]}");
        assertThat(value.status()).isEqualTo(422);
        assertThat(message(value, "indicators[0].valueToDate")).contains("9,999,999,999.99%");

        Api.Response nulls = as("staff").putRaw("/api/monitoring-reports/" + report, "{\"version\":" + version
                + ",\"indicators\":[{\"indicatorId\":" + indicator + ",\"deviationReasons\":[null]}]}");
        assertThat(nulls.status()).isEqualTo(400);
        assertField(nulls, "indicators[0].deviationReasons[0]");

        JsonNode after = as("staff").get("/api/monitoring-reports/" + report).expect(200).body();
        assertThat(after.get("version").asInt()).as("nothing saved").isEqualTo(version);
        assertThat(after.get("executedFunds").isNull()).isTrue();
    }

    @Test
    void thresholdsBeyondTheirColumnAre422() {
        Api.Response r = as("admin").putRaw("/api/light-thresholds/" + YEAR, "{\"budgetRedBelow\":50,"
                + "\"budgetGreenFrom\":90,\"indicatorRedBelow\":60,\"indicatorGreenFrom\":90,\"indicatorBlueFrom\":1e308,"
                + "\"budgetMode\":\"TIME_ELAPSED\",\"version\":0}");
        assertThat(r.status()).isEqualTo(422);
        assertField(r, "indicatorBlueFrom");
        Api.Response wide = as("admin").putRaw("/api/light-thresholds/" + YEAR, "{\"budgetRedBelow\":50,"
                + "\"budgetGreenFrom\":90,\"indicatorRedBelow\":60,\"indicatorGreenFrom\":90,\"indicatorBlueFrom\":1000000,"
                + "\"budgetMode\":\"TIME_ELAPSED\",\"version\":0}");
        assertThat(wide.status()).isEqualTo(422);
        assertThat(message(wide, "indicatorBlueFrom")).contains("99,999.99");
    }

    @Test
    void malformedJsonIsA400() {
        assertThat(as("staff").postRaw("/api/indicator-values/parse", "{\"text\":\"a\",\"text\":\"b\"}").status())
                .isEqualTo(400);
        Api.Response fraction = as("finance").postRaw("/api/monitoring-rounds",
                "{\"fiscalYear\":" + YEAR + ",\"cutoffMonth\":1.00000000000000000001,\"dueDate\":\"" + YEAR + "-12-01\"}");
        assertThat(fraction.status()).as("an integer is never rounded").isEqualTo(400);
        assertField(fraction, "cutoffMonth");
        for (String due : List.of("-999999999-01-01", "+1000000-01-01")) {
            Api.Response r = as("finance").postRaw("/api/evaluation-rounds",
                    "{\"fiscalYear\":" + YEAR + ",\"dueDate\":\"" + due + "\"}");
            assertThat(r.status()).as(due).isIn(400, 422);
            assertField(r, "dueDate");
            Api.Response m = as("finance").postRaw("/api/monitoring-rounds",
                    "{\"fiscalYear\":" + YEAR + ",\"cutoffMonth\":3,\"dueDate\":\"" + due + "\"}");
            assertThat(m.status()).as(due).isIn(400, 422);
        }
    }

    @Test
    void brokenMultipartIsA400() throws Exception {
        String[][] bodies = {
                {"multipart/form-data", "garbage"},
                {"multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\nabc"},
                {"multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000.pdf\"\r\n\r\nabc\r\n--XX--\r\n"},
        };
        for (String[] body : bodies) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/targets/1/attachments"))
                    .header("Content-Type", body[0]).header("Authorization", basic("staff"))
                    .POST(HttpRequest.BodyPublishers.ofString(body[1])));
            assertThat(r.statusCode()).as(body[1]).isEqualTo(400);
            assertThat(r.body()).contains("\"status\":400");
        }
    }

    @Test
    void oddPathsToTheEngineAreRefusedForEveryone() throws Exception {
        for (String path : List.of("//engine-rest/engine", "/engine-rest;x=y/engine", "/api/%2e%2e/engine-rest/engine",
                "/engine-rest/%2e%2e/engine-rest/engine", "/api/..;/engine-rest/engine")) {
            for (String user : new String[] {null, "staff", "admin"}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
                if (user != null) {
                    request.header("Authorization", basic(user));
                }
                int status = send(request).statusCode();
                assertThat(status).as(path + " as " + user).isIn(400, 404);
            }
        }
    }

    @Test
    void unknownApiPathsAre404ProblemJson() throws Exception {
        for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/nope/deeper")).header("Authorization",
                    basic("staff")).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")));
            assertThat(r.statusCode()).as(method).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        }
        assertThat(as("staff").get("/api/nope").status()).isEqualTo(404);
        assertThat(as(null).get("/api/nope").status()).as("anonymous: sign in first").isEqualTo(401);
        assertThat(as("staff").delete("/api/targets").status()).as("a known path, wrong method").isEqualTo(405);
    }

    // ---- helpers

    private static void assertField(Api.Response r, String field) {
        assertThat(fields(r)).as(r.body().toString()).contains(field);
    }

    private static List<String> fields(Api.Response r) {
        JsonNode errors = r.body().get("errors");
        return errors == null ? List.of() : java.util.stream.StreamSupport.stream(errors.spliterator(), false)
                .map(e -> e.get("field").asText()).toList();
    }

    private static String message(Api.Response r, String field) {
        for (JsonNode e : r.body().path("errors")) {
            if (field.equals(e.get("field").asText())) {
                return e.get("message").asText();
            }
        }
        throw new AssertionError("no error on " + field + ": " + r.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

}
