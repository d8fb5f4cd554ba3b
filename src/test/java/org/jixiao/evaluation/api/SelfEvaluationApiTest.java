package org.jixiao.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
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
 * A self-evaluation through the REST API: scored on save with the default configuration, refusals, submission
 * checks (deviations below full score and below 90% execution), the review chain with finance's 复核 keeping both
 * scores. Fiscal year 2056.
 */
@IntegrationTest
class SelfEvaluationApiTest {
    @Autowired
    TestRestTemplate rest;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    private String task(String user, long subjectId) {
        for (JsonNode t : as(user).tasks()) {
            if (t.get("subjectId").asLong() == subjectId && !"TARGET".equals(t.get("type").asText())) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError("no task of " + user + " for " + subjectId);
    }

    private long evaluationOf(int year) throws InterruptedException {
        TargetFixtures.approved(rest, year, "自评计分项目");
        long round = RoundFixtures.openRoundAndAwait(rest, "/api/evaluation-rounds",
                Map.of("fiscalYear", year, "dueDate", (year + 1) + "-03-31")).get("id").asLong();
        return as("staff").get("/api/self-evaluations?roundId=" + round).expect(200).body().get(0).get("id").asLong();
    }

    /** 10 of ≥12次, 达成 25, 96 of ≥95%, 90 of ≥95%; executed 170 of 200. */
    private static Map<String, Object> filled(JsonNode e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", e.get("version").asInt());
        body.put("adjustedFunds", "200.00");
        body.put("executedFunds", "170.00");
        List<Map<String, Object>> rows = new ArrayList<>();
        String[] actual = {"10", null, "96", "90"};
        for (int i = 0; i < 4; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("indicatorId", e.get("indicators").get(i).get("indicatorId").asLong());
            if (actual[i] == null) {
                row.put("grade", "ACHIEVED");
                row.put("score", "25");
            } else {
                row.put("actual", actual[i]);
            }
            rows.add(row);
        }
        body.put("indicators", rows);
        return body;
    }

    @Test
    void scoredOnSaveCheckedOnSubmitAndReScoredByFinance() throws Exception {
        long id = evaluationOf(2056);
        JsonNode blank = as("staff").get("/api/self-evaluations/" + id).expect(200).body();
        assertThat(blank.get("editable").asBoolean()).isTrue();
        assertThat(blank.get("plannedFunds").decimalValue()).isEqualByComparingTo("200");
        assertThat(blank.get("total").isNull()).isTrue();
        as("staff2").get("/api/self-evaluations/" + id).expect(404);

        Map<String, Object> outOfBand = filled(blank);
        @SuppressWarnings("unchecked")
        Map<String, Object> qualitative = ((List<Map<String, Object>>) outOfBand.get("indicators")).get(1);
        qualitative.put("grade", "PARTIAL");
        JsonNode refused = as("staff").put("/api/self-evaluations/" + id, outOfBand).expect(422).body();
        assertThat(refused.toString()).contains("indicators[1].score");

        JsonNode saved = as("staff").put("/api/self-evaluations/" + id, filled(blank)).expect(200).body();
        assertThat(saved.get("budgetScore").decimalValue()).isEqualByComparingTo("8.50");
        Map<Long, String> scores = new LinkedHashMap<>();
        saved.get("indicatorScores").forEach(s -> scores.put(s.get("indicatorId").asLong(), s.get("score").decimalValue().setScale(2).toPlainString()));
        assertThat(scores.values()).containsExactly("20.83", "25.00", "30.00", "9.47");
        assertThat(saved.get("total").decimalValue()).isEqualByComparingTo("93.80");
        assertThat(saved.get("grade").asText()).isEqualTo("优");
        assertThat(as("finance").get("/api/evaluation-rounds/" + saved.get("roundId").asLong()).body().get("grades")
                .get("优").asInt()).as("a draft's live grade is not counted").isZero();
        as("staff").put("/api/self-evaluations/" + id, filled(blank)).expect(409);

        JsonNode missing = as("staff").post("/api/self-evaluations/" + id + "/submit", null).expect(422).body();
        assertThat(missing.toString()).contains("budgetDeviation", "indicators[0].deviation", "indicators[3].deviation",
                "goalsActual", "conclusion").doesNotContain("indicators[2].deviation");
        Map<String, Object> complete = filled(saved);
        complete.put("budgetDeviation", "部分采购延至次年");
        complete.put("goalsActual", "全年完成专家会诊 10 次，隐患整改率 96%");
        complete.put("conclusion", "项目总体完成较好");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) complete.get("indicators");
        rows.get(0).put("deviation", "两次会诊因疫情推迟；明年提前安排");
        rows.get(3).put("deviation", "满意度调查样本偏少；扩大样本");
        as("staff").put("/api/self-evaluations/" + id, complete).expect(200);
        JsonNode submitted = as("staff").post("/api/self-evaluations/" + id + "/submit", null).expect(200).body();
        assertThat(submitted.get("status").asText()).isEqualTo("UNIT_REVIEW");

        // 复核 is finance's: a wrong role is refused as such (403), not as a conflict (issue 9 §3)
        as("leader").post("/api/self-evaluations/" + id + "/rescore",
                Map.of("indicatorId", rows.get(0).get("indicatorId"), "score", "15", "reason", "x")).expect(403);
        // a return goes back to the unit, which may change its figures and hand it in again
        as("leader").post("/api/tasks/" + task("leader", id) + "/return", Map.of("opinion", "执行数与决算不符")).expect(200);
        JsonNode returned = as("staff").get("/api/self-evaluations/" + id).expect(200).body();
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("editable").asBoolean()).isTrue();
        complete.put("version", returned.get("version").asInt());
        as("staff").put("/api/self-evaluations/" + id, complete).expect(200);
        as("staff").post("/api/self-evaluations/" + id + "/submit", null).expect(200);
        as("leader").post("/api/tasks/" + task("leader", id) + "/approve", null).expect(200);
        as("dept").post("/api/tasks/" + task("dept", id) + "/approve", null).expect(200);
        as("finance").post("/api/self-evaluations/" + id + "/rescore",
                Map.of("indicatorId", rows.get(0).get("indicatorId"), "score", "15")).expect(422);
        as("finance").post("/api/self-evaluations/" + id + "/rescore",
                Map.of("indicatorId", rows.get(0).get("indicatorId"), "score", "26", "reason", "超出分值")).expect(422);
        JsonNode rescored = as("finance").post("/api/self-evaluations/" + id + "/rescore",
                Map.of("indicatorId", rows.get(0).get("indicatorId"), "score", "15", "reason", "会诊记录不全")).expect(200).body();
        assertThat(rescored.get("total").decimalValue()).as("the self score stays").isEqualByComparingTo("93.80");
        assertThat(rescored.get("reviewedTotal").decimalValue()).isEqualByComparingTo("87.97");
        assertThat(rescored.get("reviewedGrade").asText()).isEqualTo("良");
        assertThat(rescored.get("indicators").get(0).get("reviewedScore").decimalValue()).isEqualByComparingTo("15");
        as("finance").post("/api/tasks/" + task("finance", id) + "/approve", Map.of("opinion", "审核通过")).expect(200);

        JsonNode done = as("staff").get("/api/self-evaluations/" + id).expect(200).body();
        assertThat(done.get("status").asText()).isEqualTo("APPROVED");
        JsonNode history = as("staff").get("/api/self-evaluations/" + id + "/history").expect(200).body();
        assertThat(history.findValuesAsText("action")).containsExactly("SUBMIT", "RETURN", "SUBMIT", "APPROVE", "APPROVE",
                "RESCORE", "APPROVE");
        JsonNode round = as("finance").get("/api/evaluation-rounds/" + done.get("roundId").asLong()).body();
        assertThat(round.get("grades").get("良").asInt()).isEqualTo(1);
        assertThat(round.get("approved").asInt()).isEqualTo(1);
    }
}
