package org.jixiao.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.org.OrgDirectory;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.RoundFixtures;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

@IntegrationTest
class MonitoringRoundApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    OrgDirectory directory;

    private Api as(String username) {
        return Api.as(rest, username);
    }

    private static Map<String, Object> body(int year, int cutoff, String dueDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", year);
        body.put("cutoffMonth", cutoff);
        body.put("dueDate", dueDate);
        return body;
    }

    private Long department(String unitCode) {
        return directory.unitByCode(unitCode).orElseThrow().getParentId();
    }

    private JsonNode awaitOpen(long id) {
        return RoundFixtures.awaitOpen(rest, "/api/monitoring-rounds/" + id);
    }

    @Test
    void openAnswers202ThenTheRoundShowsItsProgressAndASecondOpenAnswers409WithTheId() {
        TargetFixtures.approved(rest, 2050, "监控轮次接口项目");
        Api.Response opened = as("finance").post("/api/monitoring-rounds", body(2050, 6, "2050-07-15")).expect(202);
        long id = opened.id();
        assertThat(opened.headers().getLocation()).hasToString("/api/monitoring-rounds/" + id);
        assertThat(opened.body().get("status").asText()).isIn("OPENING", "OPEN");
        assertThat(opened.body().get("dueDate").asText()).isEqualTo("2050-07-15");

        JsonNode round = awaitOpen(id);
        assertThat(round.get("status").asText()).isEqualTo("OPEN");
        for (String field : List.of("total", "created", "submitted", "approved", "overdue")) {
            assertThat(round.get(field).isInt()).as(field).isTrue();
        }
        assertThat(round.get("lights").get("red").asInt()).isZero();
        assertThat(round.get("lights").has("blue")).isTrue();

        Api.Response again = as("finance").post("/api/monitoring-rounds", body(2050, 6, "2050-08-01")).expect(409);
        assertThat(again.headers().getContentType().toString()).contains("application/problem+json");
        assertThat(again.body().get("roundId").asLong()).isEqualTo(id);
        assertThat(again.body().get("title").asText()).isEqualTo("操作冲突");
        assertThat(again.body().get("detail").asText()).contains("已发起");

        JsonNode listed = as("finance").get("/api/monitoring-rounds?fiscalYear=2050").expect(200).body();
        assertThat(listed.findValuesAsText("id")).containsExactly(String.valueOf(id));
        assertThat(as("finance").get("/api/monitoring-rounds?fiscalYear=1999").expect(200).body()).isEmpty();
    }

    @Test
    void scopeByDepartmentsAndWhoMaySeeTheRound() {
        TargetFixtures.approved(rest, 2051, "监控轮次范围项目");
        Map<String, Object> letingOnly = body(2051, 8, "2051-09-10");
        letingOnly.put("departmentIds", List.of(department("450001")));
        long id = as("finance").post("/api/monitoring-rounds", letingOnly).expect(202).id();

        assertThat(as("dept").get("/api/monitoring-rounds/" + id).expect(200).body().get("departmentIds").get(0)
                .asLong()).isEqualTo(department("450001"));
        as("staff").get("/api/monitoring-rounds/" + id).expect(200);
        Api.Response hidden = as("dept2").get("/api/monitoring-rounds/" + id).expect(404);
        assertThat(hidden.body().get("title").asText()).isEqualTo("未找到");
        as("staff2").get("/api/monitoring-rounds/" + id).expect(404);
        assertThat(as("dept2").get("/api/monitoring-rounds?fiscalYear=2051").expect(200).body()).isEmpty();
    }

    @Test
    void onlyFinanceMayOpen() {
        Api.Response refused = as("staff").post("/api/monitoring-rounds", body(2052, 6, "2052-07-15")).expect(403);
        assertThat(refused.body().get("title").asText()).isEqualTo("无权操作");
        as("dept").post("/api/monitoring-rounds", body(2052, 6, "2052-07-15")).expect(403);
        as("admin").post("/api/monitoring-rounds", body(2052, 6, "2052-07-15")).expect(403);
        Api.as(rest, null).post("/api/monitoring-rounds", body(2052, 6, "2052-07-15")).expect(401);
        assertThat(as("finance").get("/api/monitoring-rounds?fiscalYear=2052").body()).isEmpty();
    }

    @Test
    void unknownRoundsAreNotFound() {
        Api.Response missing = as("finance").get("/api/monitoring-rounds/987654321").expect(404);
        assertThat(missing.body().get("detail").asText()).contains("监控轮次");
        as("finance").get("/api/monitoring-rounds/abc").expect(400);
    }

    @Test
    void badInputAnswersProblemJsonInChinese() {
        Map<String, Object> invalid = body(2053, 12, null);
        invalid.put("departmentIds", List.of(directory.unitByCode("450001").orElseThrow().getId()));
        Api.Response refused = as("finance").post("/api/monitoring-rounds", invalid).expect(422);
        assertThat(refused.body().get("title").asText()).isEqualTo("数据校验未通过");
        assertThat(refused.body().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("cutoffMonth", "dueDate", "departmentIds[0]");
        assertThat(refused.body().get("detail").asText()).contains("1–11");

        Api.Response badDate = as("finance").post("/api/monitoring-rounds", body(2053, 6, "2053-13-40")).expect(400);
        assertThat(badDate.body().get("errors").findValuesAsText("field")).containsExactly("dueDate");
        as("finance").postRaw("/api/monitoring-rounds", "{not json").expect(400);
        assertThat(as("finance").get("/api/monitoring-rounds?fiscalYear=2053").body()).isEmpty();
    }
}
