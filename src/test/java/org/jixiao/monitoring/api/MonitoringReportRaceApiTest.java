package org.jixiao.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.Race;
import org.jixiao.support.RoundFixtures;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Issue 9 §1, §3 and §7 for monitoring reports: submit, 要求整改 and 报送整改结果 each happen once under ten
 * parallel requests (one 200, the rest 409 problem JSON, one history event, one open task), and a wrong role on
 * 要求整改 is 403.
 */
@IntegrationTest
class MonitoringReportRaceApiTest {
    private static final String PROCESS = "MonitoringReportProcess";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    HistoryService history;
    @Autowired
    TaskService tasks;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    /** A report of a fresh year's round, filled so that it may be submitted (every light green). */
    private long filledReport(int year) {
        long targetId = TargetFixtures.approved(rest, year, "并发监控项目 " + year);
        long roundId = RoundFixtures.openRoundAndAwait(rest, "/api/monitoring-rounds",
                Map.of("fiscalYear", year, "cutoffMonth", 6, "dueDate", year + "-07-15")).get("id").asLong();
        long id = -1;
        for (JsonNode r : as("staff").get("/api/monitoring-reports?roundId=" + roundId).expect(200).body()) {
            if (r.get("targetId").asLong() == targetId) {
                id = r.get("id").asLong();
            }
        }
        JsonNode blank = as("staff").get("/api/monitoring-reports/" + id).expect(200).body();
        Map<String, Object> body = Api.toMap(blank);
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
                // the rates (≥95%) are 状态型: judged as they stand, so a mid-year 96 is green
                row.put("valueToDate", "96");
                row.put("expectedYearEnd", "96");
            }
            indicators.add(row);
        }
        body.put("indicators", indicators);
        as("staff").put("/api/monitoring-reports/" + id, body).expect(200);
        return id;
    }

    private JsonNode report(long id) {
        return as("staff").get("/api/monitoring-reports/" + id).expect(200).body();
    }

    private List<String> actions(long id) {
        return as("finance").get("/api/monitoring-reports/" + id + "/history").expect(200).body()
                .findValuesAsText("action");
    }

    private List<String> openTaskKeys(long id) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(String.valueOf(id))
                .list().stream().map(Task::getTaskDefinitionKey).toList();
    }

    private long processes(long id) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(String.valueOf(id)).count();
    }

    private void approve(String user, long id) {
        as(user).post("/api/tasks/" + as(user).taskOf("MONITORING_REPORT", id) + "/approve", null).expect(200);
    }

    @Test
    void tenParallelSubmitsHandTheReportInOnce() {
        long id = filledReport(2097);
        int version = report(id).get("version").asInt();
        List<Api.Response> answers = Race.same(() ->
                as("staff").post("/api/monitoring-reports/" + id + "/submit", Map.of("version", version)));
        Race.oneWinner(answers);
        assertThat(report(id).get("status").asText()).isEqualTo("UNIT_REVIEW");
        assertThat(actions(id)).containsExactly("SUBMIT");
        // the review loop's one task, at the default chain's first step (单位负责人确认)
        assertThat(openTaskKeys(id)).containsExactly("Task_Review");
        assertThat(tasks.createTaskQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(String.valueOf(id))
                .singleResult().getName()).isEqualTo("单位负责人确认");
        assertThat(processes(id)).isEqualTo(1);
    }

    @Test
    void rectificationIsRequiredAndReportedOnceAndOnlyByFinance() {
        long id = filledReport(2099);
        as("staff").post("/api/monitoring-reports/" + id + "/submit", null).expect(200);
        approve("leader", id);
        approve("dept", id);

        // §3: a wrong role is refused as such, not as a conflict
        Map<String, Object> requirement = Map.of("requirement", "加快进度", "budgetFollowUp", "CONTINUE");
        for (String wrong : List.of("staff", "leader", "dept", "admin")) {
            Api.Response refused = as(wrong).post("/api/monitoring-reports/" + id + "/rectify", requirement).expect(403);
            assertThat(refused.body().get("detail").asText()).contains("财政局");
        }
        as("staff2").post("/api/monitoring-reports/" + id + "/rectify", requirement).expect(404);

        List<Api.Response> rectify = Race.same(() ->
                as("finance").post("/api/monitoring-reports/" + id + "/rectify", requirement));
        Race.oneWinner(rectify);
        assertThat(report(id).get("status").asText()).isEqualTo("RECTIFICATION");
        assertThat(actions(id)).containsExactly("SUBMIT", "APPROVE", "APPROVE", "RECTIFY");
        assertThat(openTaskKeys(id)).containsExactly("Task_ReportRectification");

        int version = report(id).get("version").asInt();
        List<Api.Response> results = Race.same(() -> as("staff").post("/api/monitoring-reports/" + id
                + "/rectification", Map.of("version", version, "result", "已加快进度")));
        Race.oneWinner(results);
        assertThat(report(id).get("status").asText()).isEqualTo("RECTIFICATION_CHECK");
        assertThat(actions(id)).containsExactly("SUBMIT", "APPROVE", "APPROVE", "RECTIFY", "RECTIFIED");
        assertThat(openTaskKeys(id)).containsExactly("Task_CheckRectification");

        // the closing approval, raced too: approved once, the round closes once
        String check = as("finance").taskOf("MONITORING_REPORT", id);
        Race.oneWinner(Race.same(() -> as("finance").post("/api/tasks/" + check + "/approve", null)));
        assertThat(report(id).get("status").asText()).isEqualTo("APPROVED");
        assertThat(actions(id)).endsWith("RECTIFIED", "APPROVE").hasSize(6);
        assertThat(openTaskKeys(id)).isEmpty();
        assertThat(processes(id)).isEqualTo(1);
    }
}
