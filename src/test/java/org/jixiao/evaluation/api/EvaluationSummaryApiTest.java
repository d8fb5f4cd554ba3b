package org.jixiao.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.RoundFixtures;
import org.jixiao.support.TargetFixtures;
import org.jixiao.targets.TargetResult;
import org.jixiao.targets.TargetResults;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A round's summary through GET /api/evaluation-rounds/{id}/summary: final (reviewed where re-scored) totals and
 * grades of submitted self-evaluations, averages by department or — below finance — by unit, lowest totals, what
 * is still with the units, the configured results application; scope; and the target feature's result SPI.
 * Totals, grades and statuses are set with SQL (the form and its review chain are SelfEvaluationApiTest's).
 * Fiscal years 2091–2092.
 */
@IntegrationTest
class EvaluationSummaryApiTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TargetResults targetResults;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    /** Submitted by {@code staff} (unit 450001) or {@code staff2} (another department's unit), approved up the chain. */
    private long approvedTarget(int year, String name, String staff) {
        Map<String, Object> body = TargetFixtures.validProject(name);
        body.put("fiscalYear", year);
        body.put("unitCode", staff.endsWith("2") ? "460001" : "450001");
        return TargetFixtures.approve(rest, body);
    }

    private long openRound(Map<String, Object> body) {
        return RoundFixtures.openRoundAndAwait(rest, "/api/evaluation-rounds", body).get("id").asLong();
    }

    /** Self-evaluation id by target id. */
    private Map<Long, Long> evaluations(long roundId) {
        Map<Long, Long> result = new HashMap<>();
        for (JsonNode e : as("finance").get("/api/self-evaluations?roundId=" + roundId).expect(200).body()) {
            result.put(e.get("targetId").asLong(), e.get("id").asLong());
        }
        return result;
    }

    private void set(long evaluationId, String status, String total, String grade, String reviewedTotal,
                     String reviewedGrade) {
        jdbc.update("UPDATE self_evaluation SET status = ?, total = ?, grade = ?, reviewed_total = ?, "
                        + "reviewed_grade = ? WHERE id = ?", status, total == null ? null : new BigDecimal(total), grade,
                reviewedTotal == null ? null : new BigDecimal(reviewedTotal), reviewedGrade, evaluationId);
    }

    private static List<String> totals(JsonNode list) {
        List<String> result = new ArrayList<>();
        list.forEach(e -> result.add(e.get("total").decimalValue().stripTrailingZeros().toPlainString()));
        return result;
    }

    private static JsonNode result(JsonNode summary, String grade) {
        for (JsonNode r : summary.get("results")) {
            if (grade.equals(r.get("grade").asText())) {
                return r;
            }
        }
        throw new AssertionError("no grade " + grade);
    }

    @Test
    void summaryCountsFinalTotalsOfSubmittedSelfEvaluations() throws InterruptedException {
        int year = 2091;
        long excellent = approvedTarget(year, "汇总优", "staff");
        long reviewedDown = approvedTarget(year, "汇总复核降档", "staff");
        long draft = approvedTarget(year, "汇总草稿", "staff");
        long good = approvedTarget(year, "汇总良", "staff2");
        long returned = approvedTarget(year, "汇总退回", "staff2");
        long roundId = openRound(Map.of("fiscalYear", year, "dueDate", (year + 1) + "-03-31"));
        Map<Long, Long> ids = evaluations(roundId);
        set(ids.get(excellent), "APPROVED", "92.00", "优", null, null);
        set(ids.get(reviewedDown), "FINANCE_REVIEW", "70.00", "中", "55.00", "差");
        set(ids.get(draft), "DRAFT", "40.00", "差", null, null);
        set(ids.get(good), "APPROVED", "85.00", "良", null, null);
        set(ids.get(returned), "RETURNED", "30.00", "差", null, null);

        JsonNode finance = as("finance").get("/api/evaluation-rounds/" + roundId + "/summary").expect(200).body();
        assertThat(finance.get("round").get("created").asInt()).isEqualTo(5);
        assertThat(finance.get("round").get("submitted").asInt()).isEqualTo(3);
        assertThat(finance.get("round").get("approved").asInt()).isEqualTo(2);
        assertThat(result(finance, "优").get("submitted").asInt()).isEqualTo(1);
        assertThat(result(finance, "优").get("approved").asInt()).isEqualTo(1);
        assertThat(result(finance, "优").get("recommendation").asText()).isEqualTo("PRIORITY");
        assertThat(result(finance, "优").get("label").asText()).isEqualTo("下年度预算优先保障");
        assertThat(result(finance, "良").get("approved").asInt()).isEqualTo(1);
        assertThat(result(finance, "中").get("submitted").asInt()).as("the reviewed grade replaces 中").isZero();
        assertThat(result(finance, "差").get("submitted").asInt()).as("drafts and returned ones not counted")
                .isEqualTo(1);
        assertThat(result(finance, "差").get("approved").asInt()).isZero();
        assertThat(result(finance, "差").get("label").asText()).isEqualTo("取消或调整项目");
        assertThat(totals(finance.get("lowest"))).containsExactly("55", "85", "92");
        assertThat(finance.get("lowest").get(0).get("id").asLong()).isEqualTo(ids.get(reviewedDown));
        assertThat(finance.get("notSubmittedCount").asInt()).isEqualTo(2);
        assertThat(finance.get("notSubmitted")).extracting(e -> e.get("id").asLong())
                .containsExactlyInAnyOrder(ids.get(draft), ids.get(returned));
        assertThat(finance.get("averagesBy").asText()).isEqualTo("DEPARTMENT");
        JsonNode averages = finance.get("averages");
        assertThat(averages).hasSize(2);
        long dept = as("dept").get("/api/me").expect(200).body().get("org").get("id").asLong();
        for (JsonNode a : averages) {
            boolean own = a.get("orgId").asLong() == dept;
            assertThat(a.get("evaluations").asInt()).isEqualTo(own ? 3 : 2);
            assertThat(a.get("submitted").asInt()).isEqualTo(own ? 2 : 1);
            assertThat(a.get("average").decimalValue()).isEqualByComparingTo(own ? "73.50" : "85.00");
        }

        // a department sees its own units only, averaged by unit
        JsonNode ownDept = as("dept").get("/api/evaluation-rounds/" + roundId + "/summary").expect(200).body();
        assertThat(ownDept.get("averagesBy").asText()).isEqualTo("UNIT");
        assertThat(ownDept.get("averages")).hasSize(1);
        assertThat(ownDept.get("averages").get(0).get("average").decimalValue()).isEqualByComparingTo("73.50");
        assertThat(totals(ownDept.get("lowest"))).containsExactly("55", "92");
        assertThat(ownDept.get("notSubmittedCount").asInt()).isEqualTo(1);
        assertThat(result(ownDept, "良").get("submitted").asInt()).isZero();
        JsonNode other = as("staff2").get("/api/evaluation-rounds/" + roundId + "/summary").expect(200).body();
        assertThat(totals(other.get("lowest"))).containsExactly("85");

        // the target feature's view (TargetResults): the latest approved one, with finance's reviewed grade
        set(ids.get(good), "APPROVED", "85.00", "良", "59.5", "差");
        TargetResult result = targetResults.latest(good).orElseThrow();
        assertThat(result.fiscalYear()).isEqualTo(year);
        assertThat(result.evaluationId()).isEqualTo(ids.get(good));
        assertThat(result.total()).isEqualByComparingTo("59.50");
        assertThat(result.grade()).isEqualTo("差");
        assertThat(result.recommendation()).isEqualTo("CANCEL");
        assertThat(result.recommendationLabel()).isEqualTo("取消或调整项目");
        assertThat(targetResults.latest(excellent).orElseThrow().recommendation()).isEqualTo("PRIORITY");
        assertThat(targetResults.latest(reviewedDown)).as("not approved yet").isEmpty();
        assertThat(targetResults.latest(987654321L)).isEmpty();
    }

    @Test
    void aRoundOfAnotherDepartmentIsNotFound() throws InterruptedException {
        int year = 2092;
        approvedTarget(year, "汇总范围", "staff");
        long dept = as("dept").get("/api/me").expect(200).body().get("org").get("id").asLong();
        long roundId = openRound(Map.of("fiscalYear", year, "dueDate", (year + 1) + "-03-31", "departmentIds", List.of(dept)));
        as("dept2").get("/api/evaluation-rounds/" + roundId + "/summary").expect(404);
        as("staff2").get("/api/evaluation-rounds/" + roundId + "/summary").expect(404);
        as("finance").get("/api/evaluation-rounds/987654321/summary").expect(404);
        JsonNode staff = as("staff").get("/api/evaluation-rounds/" + roundId + "/summary").expect(200).body();
        assertThat(staff.get("notSubmittedCount").asInt()).isEqualTo(1);
        assertThat(staff.get("lowest")).isEmpty();
    }
}
