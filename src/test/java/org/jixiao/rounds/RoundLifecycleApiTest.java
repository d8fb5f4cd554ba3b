package org.jixiao.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.jixiao.evaluation.EvaluationRoundService;
import org.jixiao.evaluation.EvaluationRoundStatus;
import org.jixiao.monitoring.MonitoringRoundService;
import org.jixiao.monitoring.MonitoringRoundStatus;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.Race;
import org.jixiao.support.RoundFixtures;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Issue 12 §5: finance closes a round (no more submissions) and cancels one nothing was submitted to (its items and
 * processes go with it), each exactly once under ten parallel requests, and only the finance bureau may. Monitoring
 * rounds of 2009 (one per cut-off month), self-evaluation rounds of 2022, opened at service level "as of" a date in
 * those years.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundLifecycleApiTest {
    private static final String MONITORING = "/api/monitoring-rounds/";
    private static final String EVALUATION = "/api/evaluation-rounds/";
    private static final Map<String, Object> MONITORING_YEAR = Map.of("fiscalYear", 2009);
    private static final Map<String, Object> YEAR22 = Map.of("fiscalYear", 2022);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MonitoringRoundService monitoringRounds;
    @Autowired
    EvaluationRoundService evaluationRounds;
    @Autowired
    OrgDirectory directory;
    @Autowired
    RuntimeService runtime;

    private long target2009;

    @BeforeAll
    void targets() {
        target2009 = TargetFixtures.approved(rest, 2009, "轮次结束撤销项目 2009");
        TargetFixtures.approved(rest, 2022, "轮次结束撤销自评项目 2022");
    }

    private Api as(String user) {
        return Api.as(rest, user);
    }

    private CurrentUser finance() {
        return directory.currentUser("finance").orElseThrow();
    }

    private long monitoringRound(int cutoffMonth) {
        var opened = monitoringRounds.open(finance(), 2009, cutoffMonth, LocalDate.of(2009, 12, 15), null,
                LocalDate.of(2009, 12, 1));
        RoundFixtures.awaitValue(() -> monitoringRounds.get(finance(), opened.id()),
                r -> r.status() == MonitoringRoundStatus.OPEN, Duration.ofSeconds(60), "round 2009/" + cutoffMonth);
        return opened.id();
    }

    private long evaluationRound() {
        var opened = evaluationRounds.open(finance(), 2022, LocalDate.of(2023, 3, 31), null, LocalDate.of(2023, 3, 1));
        RoundFixtures.awaitValue(() -> evaluationRounds.get(finance(), opened.id()),
                r -> r.status() == EvaluationRoundStatus.OPEN, Duration.ofSeconds(60), "evaluation round 2022");
        return opened.id();
    }

    private long report(long roundId) {
        for (JsonNode r : as("staff").get("/api/monitoring-reports?roundId=" + roundId).expect(200).body()) {
            if (r.get("targetId").asLong() == target2009) {
                return r.get("id").asLong();
            }
        }
        throw new AssertionError("no report of the target in round " + roundId);
    }

    private long running(String processKey, long subjectId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(String.valueOf(subjectId)).count();
    }

    /** Fills the report so it may be submitted (every light green) and saves it. */
    private void fill(long id) {
        JsonNode blank = as("staff").get("/api/monitoring-reports/" + id).expect(200).body();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", blank.get("version").asInt());
        body.put("executedFunds", "100");
        body.put("expectedCarryOver", "0");
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (JsonNode i : blank.get("indicators")) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("indicatorId", i.get("indicatorId").asLong());
            row.put("likelihood", "CERTAIN");
            if (i.get("comparator").isNull()) {
                row.put("achievement", "ACHIEVED");
            } else if (i.get("targetValue").asText().startsWith("12")) {
                row.put("valueToDate", "6");
                row.put("expectedYearEnd", "12");
            } else {
                row.put("valueToDate", "96");
                row.put("expectedYearEnd", "96");
            }
            indicators.add(row);
        }
        body.put("indicators", indicators);
        as("staff").put("/api/monitoring-reports/" + id, body).expect(200);
    }

    @Test
    void tenParallelClosesCloseTheRoundOnceAndThenNothingMoreIsSubmitted() {
        long roundId = monitoringRound(1);
        long reportId = report(roundId);
        fill(reportId);
        int version = as("staff").get("/api/monitoring-reports/" + reportId).expect(200).body().get("version").asInt();

        List<Api.Response> answers = Race.same(() -> as("finance").post(MONITORING + roundId + "/close", MONITORING_YEAR));
        assertThat(Race.oneWinner(answers).body().get("status").asText()).isEqualTo("CLOSED");
        assertThat(Race.loserDetails(answers)).allMatch(d -> d.contains("已结束"));
        assertThat(as("finance").get(MONITORING + roundId).expect(200).body().get("status").asText()).isEqualTo("CLOSED");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("RoundDeadlineProcess")
                .processInstanceBusinessKey("Monitoring:" + roundId).count()).as("deadline process ended").isZero();

        // no more filling or submitting; the form says it is not editable
        JsonNode report = as("staff").get("/api/monitoring-reports/" + reportId).expect(200).body();
        assertThat(report.get("editable").asBoolean()).isFalse();
        as("staff").post("/api/monitoring-reports/" + reportId + "/submit", Map.of("version", version)).expect(409);
        // closed rounds cannot be withdrawn any more
        assertThat(as("finance").post(MONITORING + roundId + "/cancel", MONITORING_YEAR).expect(409).body().get("detail").asText())
                .contains("已结束");
    }

    @Test
    void tenParallelCancelsDeleteTheRoundItsReportsAndTheirProcessesOnce() {
        long roundId = monitoringRound(2);
        long reportId = report(roundId);
        assertThat(running("MonitoringReportProcess", reportId)).isEqualTo(1);

        List<Api.Response> answers = Race.same(() -> as("finance").post(MONITORING + roundId + "/cancel", MONITORING_YEAR));
        JsonNode won = Race.oneWinner(answers).body();
        assertThat(won.get("deletedItems").asInt()).isGreaterThanOrEqualTo(1);
        as("finance").get(MONITORING + roundId).expect(404);
        as("staff").get("/api/monitoring-reports/" + reportId).expect(404);
        assertThat(running("MonitoringReportProcess", reportId)).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("RoundDeadlineProcess")
                .processInstanceBusinessKey("Monitoring:" + roundId).count()).isZero();
        // later requests are told it was withdrawn, not that it never existed
        assertThat(as("finance").post(MONITORING + roundId + "/cancel", MONITORING_YEAR).expect(409).body().get("detail")
                .asText()).contains("已撤销");
        as("dept").post(MONITORING + roundId + "/cancel", MONITORING_YEAR).expect(404);
        // the same round can be opened again
        long again = monitoringRound(2);
        assertThat(again).isNotEqualTo(roundId);
    }

    @Test
    void aRoundSomeoneSubmittedToCannotBeCancelledButCanBeClosed() {
        long roundId = monitoringRound(6); // by June the filled figures are on track (green), so it may be submitted
        long reportId = report(roundId);
        fill(reportId);
        int version = as("staff").get("/api/monitoring-reports/" + reportId).expect(200).body().get("version").asInt();
        as("staff").post("/api/monitoring-reports/" + reportId + "/submit", Map.of("version", version)).expect(200);

        assertThat(as("finance").post(MONITORING + roundId + "/cancel", MONITORING_YEAR).expect(409).body().get("detail").asText())
                .contains("已有单位报送");
        as("finance").get(MONITORING + roundId).expect(200);
        assertThat(running("MonitoringReportProcess", reportId)).isEqualTo(1);
        as("finance").post(MONITORING + roundId + "/close", MONITORING_YEAR).expect(200);
        // the review of what was submitted goes on
        assertThat(as("leader").taskOf("MONITORING_REPORT", reportId)).isNotBlank();
    }

    @Test
    void onlyTheFinanceBureauMayCloseOrCancel() {
        long roundId = monitoringRound(4);
        for (String user : List.of("staff", "leader", "dept", "admin")) {
            as(user).post(MONITORING + roundId + "/close", MONITORING_YEAR).expect(403);
            as(user).post(MONITORING + roundId + "/cancel", MONITORING_YEAR).expect(403);
        }
        as("finance").post(MONITORING + "987654321/close", null).expect(404);
        as("finance").post(MONITORING + "987654321/cancel", null).expect(404);
        // the body names the round's year: missing or another year is a mistake on that field
        assertThat(as("finance").post(MONITORING + roundId + "/close", null).expect(422).body().get("errors").get(0)
                .get("field").asText()).isEqualTo("fiscalYear");
        assertThat(as("finance").post(MONITORING + roundId + "/cancel", Map.of("fiscalYear", 2022)).expect(422)
                .body().get("detail").asText()).contains("2009");
        assertThat(as("finance").get(MONITORING + roundId).expect(200).body().get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void aSelfEvaluationRoundIsCancelledOnceWithItsItemsThenReopenedAndClosedOnce() {
        long roundId = evaluationRound();
        long itemId = as("staff").get("/api/self-evaluations?roundId=" + roundId).expect(200).body().get(0)
                .get("id").asLong();
        as("staff").post(EVALUATION + roundId + "/cancel", YEAR22).expect(403);
        Race.oneWinner(Race.same(() -> as("finance").post(EVALUATION + roundId + "/cancel", YEAR22)));
        as("finance").get(EVALUATION + roundId).expect(404);
        as("staff").get("/api/self-evaluations/" + itemId).expect(404);
        assertThat(running("SelfEvaluationProcess", itemId)).isZero();

        long reopened = evaluationRound();
        Race.oneWinner(Race.same(() -> as("finance").post(EVALUATION + reopened + "/close", YEAR22)));
        assertThat(as("finance").get(EVALUATION + reopened).expect(200).body().get("status").asText())
                .isEqualTo("CLOSED");
        long item = as("staff").get("/api/self-evaluations?roundId=" + reopened).expect(200).body().get(0)
                .get("id").asLong();
        JsonNode e = as("staff").get("/api/self-evaluations/" + item).expect(200).body();
        assertThat(e.get("editable").asBoolean()).isFalse();
        as("staff").put("/api/self-evaluations/" + item, Map.of("version", e.get("version").asInt())).expect(409);
    }
}
