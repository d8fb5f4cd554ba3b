package org.jixiao.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.RoundFixtures;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A monitoring report through the REST API: fill with live lights, refusals (422/409/404), submit with reasons,
 * the review chain with rectification, 催办, and the audit trail. Each test opens its own fiscal year's round.
 */
@IntegrationTest
class MonitoringReportApiTest {
    @Autowired
    TestRestTemplate rest;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    /** An approved target of unit 450001 in the year (through the real approval chain); returns its id. */
    private long approvedTarget(int year, String name) {
        return TargetFixtures.approved(rest, year, name);
    }

    /** Opens the year's round for all departments and waits until its reports exist. */
    private long openRound(int year) {
        return RoundFixtures.openRoundAndAwait(rest, "/api/monitoring-rounds",
                Map.of("fiscalYear", year, "cutoffMonth", 6, "dueDate", year + "-07-15")).get("id").asLong();
    }

    private long reportOf(long roundId, long targetId) {
        for (JsonNode r : as("staff").get("/api/monitoring-reports?roundId=" + roundId).expect(200).body()) {
            if (r.get("targetId").asLong() == targetId) {
                return r.get("id").asLong();
            }
        }
        throw new AssertionError("no report for target " + targetId);
    }

    private String task(String user, String type, long subjectId) {
        for (JsonNode t : as(user).tasks()) {
            if (type.equals(t.get("type").asText()) && t.get("subjectId").asLong() == subjectId) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError("no " + type + " task of " + user + " for " + subjectId);
    }

    /** The GET document with the figures filled in: the 12次 indicator far behind (red), the rest on track. */
    private static Map<String, Object> filled(JsonNode report, String executed) {
        Map<String, Object> body = Api.toMap(report);
        body.put("executedFunds", executed);
        body.put("expectedCarryOver", "0");
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (JsonNode i : report.get("indicators")) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("indicatorId", i.get("indicatorId").asLong());
            row.put("likelihood", "POSSIBLE");
            if (i.get("comparator").isNull()) {
                row.put("achievement", "ACHIEVED");
            } else if (i.get("targetValue").asText().startsWith("12")) {
                row.put("valueToDate", "2");
                row.put("expectedYearEnd", "8");
            } else {
                row.put("valueToDate", "96");
                row.put("expectedYearEnd", "96");
            }
            indicators.add(row);
        }
        body.put("indicators", indicators);
        return body;
    }

    @Test
    void fillSubmitReviewRectifyAndClose() {
        int year = 2036;
        long targetId = approvedTarget(year, "监控全流程项目");
        long roundId = openRound(year);
        long id = reportOf(roundId, targetId);

        JsonNode blank = as("staff").get("/api/monitoring-reports/" + id).expect(200).body();
        assertThat(blank.get("status").asText()).isEqualTo("DRAFT");
        assertThat(blank.get("editable").asBoolean()).isTrue();
        assertThat(blank.get("indicators")).hasSize(4);
        assertThat(blank.get("light").isNull()).isTrue();
        // the unit's fill task is in its inbox, typed, and cannot be "approved" past the form's checks
        String fillTask = task("staff", "MONITORING_REPORT", id);
        assertThat(as("staff").tasks().findValues("decisions").stream()
                .anyMatch(d -> d.isEmpty())).isTrue();
        as("staff").post("/api/tasks/" + fillTask + "/approve", null).expect(409);
        as("staff").post("/api/monitoring-reports/" + id + "/submit", null).expect(422);

        JsonNode saved = as("staff").put("/api/monitoring-reports/" + id, filled(blank, "60")).expect(200).body();
        assertThat(saved.get("budgetLight").asText()).isEqualTo("YELLOW");
        assertThat(saved.get("budgetRatio").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(saved.get("executionRate").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(saved.get("light").asText()).isEqualTo("RED");
        Map<String, String> lights = new HashMap<>();
        saved.get("indicators").forEach(i -> lights.put(i.get("name").asText(), i.get("light").asText()));
        assertThat(lights).containsEntry("组织专家审查次数", "RED").containsEntry("按时完成项目", "GREEN")
                .containsEntry("提高效率", "GREEN");
        // the stale version is refused and nothing is overwritten
        as("staff").put("/api/monitoring-reports/" + id, filled(blank, "10")).expect(409);
        assertThat(as("staff").get("/api/monitoring-reports/" + id).body().get("executedFunds").decimalValue())
                .isEqualByComparingTo("60");

        JsonNode missing = as("staff").post("/api/monitoring-reports/" + id + "/submit", null).expect(422).body();
        assertThat(missing.toString()).contains("indicators[0].deviationReasons", "indicators[0].measures", "亮红灯");
        Map<String, Object> explained = filled(saved, "60");
        @SuppressWarnings("unchecked")
        Map<String, Object> red = ((List<Map<String, Object>>) explained.get("indicators")).get(0);
        red.put("deviationReasons", List.of("STAFF", "OTHER"));
        red.put("measures", "下半年增加专家会诊频次");
        as("staff").put("/api/monitoring-reports/" + id, explained).expect(200);
        JsonNode other = as("staff").post("/api/monitoring-reports/" + id + "/submit", null).expect(422).body();
        assertThat(other.toString()).contains("indicators[0].remark");
        red.put("remark", "专家档期冲突");
        explained.put("version", as("staff").get("/api/monitoring-reports/" + id).body().get("version").asInt());
        as("staff").put("/api/monitoring-reports/" + id, explained).expect(200);
        JsonNode submitted = as("staff").post("/api/monitoring-reports/" + id + "/submit", null).expect(200).body();
        assertThat(submitted.get("status").asText()).isEqualTo("UNIT_REVIEW");
        assertThat(submitted.get("editable").asBoolean()).isFalse();
        assertThat(submitted.get("submittedAt").isNull()).isFalse();
        as("staff").put("/api/monitoring-reports/" + id, explained).expect(409);

        as("leader").post("/api/tasks/" + task("leader", "MONITORING_REPORT", id) + "/rectify",
                Map.of("opinion", "整改")).expect(409);
        as("leader").post("/api/tasks/" + task("leader", "MONITORING_REPORT", id) + "/approve", null).expect(200);
        as("dept").post("/api/tasks/" + task("dept", "MONITORING_REPORT", id) + "/return",
                Map.of("opinion", "执行数与国库数据不符，请核实")).expect(200);
        JsonNode returned = as("staff").get("/api/monitoring-reports/" + id).expect(200).body();
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("editable").asBoolean()).isTrue();
        as("staff").post("/api/monitoring-reports/" + id + "/submit", null).expect(200);
        as("leader").post("/api/tasks/" + task("leader", "MONITORING_REPORT", id) + "/approve", null).expect(200);
        as("dept").post("/api/tasks/" + task("dept", "MONITORING_REPORT", id) + "/approve", null).expect(200);

        as("finance").post("/api/monitoring-reports/" + id + "/rectify", Map.of("requirement", " ")).expect(422);
        JsonNode rectifying = as("finance").post("/api/monitoring-reports/" + id + "/rectify",
                Map.of("requirement", "加快专家会诊进度，9月底前完成过半", "budgetFollowUp", "CONTINUE")).expect(200).body();
        assertThat(rectifying.get("status").asText()).isEqualTo("RECTIFICATION");
        JsonNode mine = as("staff").get("/api/monitoring-reports/" + id).body();
        assertThat(mine.get("rectificationRequest").asText()).contains("加快专家会诊进度");
        assertThat(mine.get("budgetFollowUp").asText()).isEqualTo("CONTINUE");
        as("staff").post("/api/monitoring-reports/" + id + "/rectification",
                Map.of("version", mine.get("version").asInt(), "result", "")).expect(422);
        as("staff").post("/api/monitoring-reports/" + id + "/rectification",
                Map.of("version", mine.get("version").asInt(), "result", "已增加两次会诊")).expect(200);
        as("finance").post("/api/tasks/" + task("finance", "MONITORING_REPORT", id) + "/approve",
                Map.of("opinion", "整改到位")).expect(200);

        JsonNode closed = as("staff").get("/api/monitoring-reports/" + id).expect(200).body();
        assertThat(closed.get("status").asText()).isEqualTo("APPROVED");
        assertThat(closed.get("rectificationResult").asText()).isEqualTo("已增加两次会诊");
        JsonNode history = as("finance").get("/api/monitoring-reports/" + id + "/history").expect(200).body();
        assertThat(history.findValuesAsText("action")).containsExactly("SUBMIT", "APPROVE", "RETURN", "SUBMIT",
                "APPROVE", "APPROVE", "RECTIFY", "RECTIFIED", "APPROVE");
        JsonNode round = as("finance").get("/api/monitoring-rounds/" + roundId).expect(200).body();
        assertThat(round.get("approved").asInt()).isEqualTo(1);
        assertThat(round.get("status").asText()).as("its only report approved, the round closes").isEqualTo("CLOSED");
        assertThat(round.get("lights").get("red").asInt()).isEqualTo(1);
    }

    @Test
    void refusalsAndScope() {
        int year = 2037;
        long targetId = approvedTarget(year, "监控校验项目");
        long roundId = openRound(year);
        long id = reportOf(roundId, targetId);
        JsonNode blank = as("staff").get("/api/monitoring-reports/" + id).expect(200).body();

        // another unit's staff, leader and department never see it; unknown ids are 404 too
        as("staff2").get("/api/monitoring-reports/" + id).expect(404);
        as("dept2").get("/api/monitoring-reports/" + id).expect(404);
        as("staff2").put("/api/monitoring-reports/" + id, filled(blank, "1")).expect(404);
        assertThat(as("staff2").get("/api/monitoring-reports?roundId=" + roundId).expect(200).body().findValuesAsText("targetId"))
                .doesNotContain(String.valueOf(targetId));
        as("staff").get("/api/monitoring-reports/999999999").expect(404);
        // reviewers read but do not edit
        as("leader").put("/api/monitoring-reports/" + id, filled(blank, "1")).expect(403);
        assertThat(as("dept").get("/api/monitoring-reports/" + id).expect(200).body().get("editable").asBoolean()).isFalse();

        Map<String, Object> bad = filled(blank, "-5");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) bad.get("indicators");
        rows.get(1).put("indicatorId", 987654321L);
        rows.get(2).put("valueToDate", "1.123456");
        JsonNode refused = as("staff").put("/api/monitoring-reports/" + id, bad).expect(422).body();
        assertThat(refused.toString()).contains("executedFunds", "indicators[1].indicatorId",
                "indicators[2].valueToDate");
        as("staff").putRaw("/api/monitoring-reports/" + id, "{\"version\":0,\"executedFunds\":\"abc\"}").expect(400);
        Map<String, Object> badReason = filled(blank, "1");
        rows = castRows(badReason);
        rows.get(0).put("deviationReasons", List.of("WEATHER"));
        as("staff").put("/api/monitoring-reports/" + id, badReason).expect(400);
        Map<String, Object> noVersion = filled(blank, "1");
        noVersion.remove("version");
        as("staff").put("/api/monitoring-reports/" + id, noVersion).expect(422);
        // nothing was written by the refusals
        assertThat(as("staff").get("/api/monitoring-reports/" + id).body().get("version").asInt())
                .isEqualTo(blank.get("version").asInt());

        // 催办: finance and the department may urge while the unit holds the report; the unit sees it
        as("staff").post("/api/monitoring-reports/" + id + "/urge", Map.of()).expect(403);
        as("finance").post("/api/monitoring-reports/" + id + "/urge", Map.of("message", "请于本周内报送")).expect(200);
        JsonNode urged = as("staff").get("/api/monitoring-reports/" + id).body();
        assertThat(urged.get("urgeCount").asInt()).isEqualTo(1);
        assertThat(urged.get("urgedAt").isNull()).isFalse();
        JsonNode history = as("staff").get("/api/monitoring-reports/" + id + "/history").body();
        assertThat(history.get(0).get("action").asText()).isEqualTo("URGE");
        assertThat(history.get(0).get("opinion").asText()).isEqualTo("请于本周内报送");
        as("staff2").post("/api/monitoring-reports/" + id + "/urge", Map.of()).expect(404);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castRows(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("indicators");
    }

}
