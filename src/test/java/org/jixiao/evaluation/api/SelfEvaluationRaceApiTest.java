package org.jixiao.evaluation.api;

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
 * Issue 9 §1, §3 and §7 for self-evaluations: submit and 复核 each happen once under ten parallel requests (one 200,
 * the rest 409 problem JSON, one history event), and a wrong role on 复核 is 403.
 */
@IntegrationTest
class SelfEvaluationRaceApiTest {
    private static final String PROCESS = "SelfEvaluationProcess";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    HistoryService history;
    @Autowired
    TaskService tasks;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    /** A self-evaluation of a fresh year's round, filled completely (every score full needs no reasons). */
    private long filledEvaluation(int year) throws InterruptedException {
        TargetFixtures.approved(rest, year, "并发自评项目 " + year);
        long round = RoundFixtures.openRoundAndAwait(rest, "/api/evaluation-rounds",
                Map.of("fiscalYear", year, "dueDate", (year + 1) + "-03-31")).get("id").asLong();
        long id = as("staff").get("/api/self-evaluations?roundId=" + round).expect(200).body().get(0).get("id").asLong();
        JsonNode blank = as("staff").get("/api/self-evaluations/" + id).expect(200).body();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", blank.get("version").asInt());
        body.put("adjustedFunds", "200.00");
        body.put("executedFunds", "200.00");
        body.put("goalsActual", "全年完成");
        body.put("conclusion", "完成较好");
        List<Map<String, Object>> rows = new ArrayList<>();
        String[] actual = {"12", null, "96", "96"};
        for (int i = 0; i < 4; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("indicatorId", blank.get("indicators").get(i).get("indicatorId").asLong());
            if (actual[i] == null) {
                row.put("grade", "ACHIEVED");
                row.put("score", "25");
            } else {
                row.put("actual", actual[i]);
            }
            rows.add(row);
        }
        body.put("indicators", rows);
        as("staff").put("/api/self-evaluations/" + id, body).expect(200);
        return id;
    }

    private JsonNode evaluation(long id) {
        return as("staff").get("/api/self-evaluations/" + id).expect(200).body();
    }

    private List<String> actions(long id) {
        return as("finance").get("/api/self-evaluations/" + id + "/history").expect(200).body()
                .findValuesAsText("action");
    }

    private List<String> openTaskKeys(long id) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(String.valueOf(id))
                .list().stream().map(Task::getTaskDefinitionKey).toList();
    }

    private void approve(String user, long id) {
        as(user).post("/api/tasks/" + as(user).taskOf("SELF_EVALUATION", id) + "/approve", null).expect(200);
    }

    @Test
    void tenParallelSubmitsHandItInOnce() throws Exception {
        long id = filledEvaluation(2028);
        List<Api.Response> answers = Race.same(() ->
                as("staff").post("/api/self-evaluations/" + id + "/submit", null));
        Race.oneWinner(answers);
        assertThat(evaluation(id).get("status").asText()).isEqualTo("UNIT_REVIEW");
        assertThat(actions(id)).containsExactly("SUBMIT");
        assertThat(openTaskKeys(id)).hasSize(1);
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(String.valueOf(id)).count()).isEqualTo(1);
    }

    @Test
    void rescoreHappensOnceAndOnlyByFinance() throws Exception {
        long id = filledEvaluation(2029);
        as("staff").post("/api/self-evaluations/" + id + "/submit", null).expect(200);
        approve("leader", id);
        approve("dept", id);
        long indicator = evaluation(id).get("indicators").get(0).get("indicatorId").asLong();
        Map<String, Object> rescore = Map.of("indicatorId", indicator, "score", "15", "reason", "会诊记录不全");

        // §3: a wrong role is refused as such, not as a conflict
        for (String wrong : List.of("staff", "leader", "dept", "admin")) {
            Api.Response refused = as(wrong).post("/api/self-evaluations/" + id + "/rescore", rescore).expect(403);
            assertThat(refused.body().get("detail").asText()).contains("财政局");
        }
        as("staff2").post("/api/self-evaluations/" + id + "/rescore", rescore).expect(404);

        // the same 复核 sent ten times (a double click, a retrying client) is recorded once
        Race.oneWinner(Race.same(() -> as("finance").post("/api/self-evaluations/" + id + "/rescore", rescore)));
        assertThat(actions(id)).containsExactly("SUBMIT", "APPROVE", "APPROVE", "RESCORE");
        assertThat(evaluation(id).get("indicators").get(0).get("reviewedScore").decimalValue())
                .isEqualByComparingTo("15");

        // different 复核 against the version read: only the first of those who read it wins
        int version = evaluation(id).get("version").asInt();
        List<Api.Response> versioned = Race.run(Race.THREADS, i -> as("finance").post("/api/self-evaluations/" + id
                + "/rescore", Map.of("indicatorId", indicator, "score", String.valueOf(10 + i), "reason", "复核 " + i,
                "version", version)));
        Api.Response winner = Race.oneWinner(versioned);
        assertThat(actions(id)).containsExactly("SUBMIT", "APPROVE", "APPROVE", "RESCORE", "RESCORE");
        assertThat(evaluation(id).get("indicators").get(0).get("reviewedScore").decimalValue())
                .isEqualByComparingTo(winner.body().get("indicators").get(0).get("reviewedScore").decimalValue());

        String task = as("finance").taskOf("SELF_EVALUATION", id);
        Race.oneWinner(Race.same(() -> as("finance").post("/api/tasks/" + task + "/approve", null)));
        assertThat(evaluation(id).get("status").asText()).isEqualTo("APPROVED");
        assertThat(openTaskKeys(id)).isEmpty();
        // after approval 复核 is over: a conflict with the state, not a new event
        as("finance").post("/api/self-evaluations/" + id + "/rescore",
                Map.of("indicatorId", indicator, "score", "20", "reason", "迟到的复核")).expect(409);
        assertThat(actions(id)).hasSize(6);
    }
}
