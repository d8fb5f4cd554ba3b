package org.jixiao.targets.api;

import org.jixiao.support.ReviewSheetBodies;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.Race;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Issue 9 §1 and §7: every state change of a target happens once. Ten clients hit the real HTTP API at once; one
 * wins, the others get 409 problem JSON, and the engine and the history agree afterwards (one process, one event).
 */
@IntegrationTest
class TargetRaceApiTest {
    private static final String PROCESS = "TargetApprovalProcess";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    TaskService tasks;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    private long draft(String name) {
        return as("staff").post("/api/targets", TargetFixtures.validProject(name)).expect(201).id();
    }

    private long submitted(String name) {
        long id = draft(name);
        as("staff").post("/api/targets/" + id + "/submit", null).expect(200);
        return id;
    }

    private String status(long id) {
        return as("staff").get("/api/targets/" + id).expect(200).body().get("status").asText();
    }

    private List<String> actions(long id) {
        return as("staff").get("/api/targets/" + id + "/history").expect(200).body().findValuesAsText("action");
    }

    private long processes(long id) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(String.valueOf(id)).count();
    }

    private long running(long id) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(String.valueOf(id)).count();
    }

    private List<Task> openTasks(long id) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(String.valueOf(id))
                .list();
    }

    @Test
    void tenParallelSubmitsStartOneReview() {
        long id = draft("并发送审目标");
        List<Api.Response> answers = Race.same(() -> as("staff").post("/api/targets/" + id + "/submit", null));
        System.out.printf("RACE submit x%d: %d x 200, %d x 409, other %s; processes %d%n", Race.THREADS,
                answers.stream().filter(a -> a.status() == 200).count(),
                answers.stream().filter(a -> a.status() == 409).count(),
                answers.stream().map(Api.Response::status).filter(s -> s != 200 && s != 409).toList(), processes(id));
        Race.oneWinner(answers);
        assertThat(Race.loserDetails(answers)).allMatch(d -> d.contains("已提交") || d.contains("请勿重复"));
        assertThat(processes(id)).as("review processes").isEqualTo(1);
        assertThat(running(id)).isEqualTo(1);
        assertThat(openTasks(id)).hasSize(1);
        assertThat(actions(id)).containsExactly("SUBMIT");
        assertThat(status(id)).isEqualTo("UNIT_REVIEW");
        // the one review is whole: it can still be withdrawn (this answered 500 with two processes)
        as("staff").post("/api/targets/" + id + "/withdraw", null).expect(200);
        assertThat(running(id)).isZero();
    }

    @Test
    void tenParallelWithdrawalsTakeItBackOnce() {
        long id = submitted("并发撤回目标");
        List<Api.Response> answers = Race.same(() -> as("staff").post("/api/targets/" + id + "/withdraw", null));
        Race.oneWinner(answers);
        assertThat(status(id)).isEqualTo("DRAFT");
        assertThat(running(id)).isZero();
        assertThat(actions(id)).containsExactly("SUBMIT", "WITHDRAW");
    }

    @Test
    void tenParallelApprovalsOfOneTaskMoveItOneStep() {
        long id = submitted("并发审核通过目标");
        String task = as("leader").taskOf("TARGET", id);
        List<Api.Response> answers = Race.same(() -> as("leader").post("/api/tasks/" + task + "/approve", null));
        Race.oneWinner(answers);
        assertThat(Race.loserDetails(answers)).allMatch(d -> d.contains("已被处理") || d.contains("已被他人"));
        assertThat(status(id)).isEqualTo("DEPT_REVIEW");
        assertThat(openTasks(id)).extracting(Task::getName).containsExactly("主管部门审核");
        assertThat(actions(id)).containsExactly("SUBMIT", "APPROVE");
        assertThat(processes(id)).isEqualTo(1);
    }

    @Test
    void tenParallelReturnsReturnOnce() {
        long id = submitted("并发退回目标");
        String task = as("leader").taskOf("TARGET", id);
        List<Api.Response> answers = Race.same(() ->
                as("leader").post("/api/tasks/" + task + "/return", Map.of("opinion", "请补充测算依据")));
        Race.oneWinner(answers);
        assertThat(status(id)).isEqualTo("RETURNED");
        assertThat(running(id)).isZero();
        assertThat(actions(id)).containsExactly("SUBMIT", "RETURN");
    }

    @Test
    void withdrawRacingApproveAndReturnHasOneWinner() {
        long id = submitted("撤回与审核竞争目标");
        String task = as("leader").taskOf("TARGET", id);
        List<Api.Response> answers = Race.run(Race.THREADS, i -> switch (i % 3) {
            case 0 -> as("staff").post("/api/targets/" + id + "/withdraw", null);
            case 1 -> as("leader").post("/api/tasks/" + task + "/approve", null);
            default -> as("leader").post("/api/tasks/" + task + "/return", Map.of("opinion", "退回"));
        });
        Race.oneWinner(answers);
        List<String> actions = actions(id);
        assertThat(actions).hasSize(2).startsWith("SUBMIT");
        String expected = switch (actions.get(1)) {
            case "WITHDRAW" -> "DRAFT";
            case "APPROVE" -> "DEPT_REVIEW";
            case "RETURN" -> "RETURNED";
            default -> throw new AssertionError(actions);
        };
        assertThat(status(id)).isEqualTo(expected);
        assertThat(running(id)).isEqualTo("DEPT_REVIEW".equals(expected) ? 1 : 0);
        assertThat(processes(id)).isEqualTo(1);
    }

    @Test
    void tenParallelAdjustmentRequestsOpenOneAdjustment() {
        long id = TargetFixtures.approved(rest, 2030, "并发申请调整目标");
        List<Api.Response> answers = Race.same(() ->
                as("staff").post("/api/targets/" + id + "/adjustments", Map.of("reason", "项目内容变化")));
        Api.Response winner = Race.oneWinner(answers, 201);
        JsonNode versions = as("staff").get("/api/targets/" + id + "/versions").expect(200).body();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("id").asLong()).isEqualTo(winner.id());
        assertThat(status(id)).isEqualTo("APPROVED");
    }

    /**
     * A leftover task (from a second process a race used to start) must never move an approved target back: the
     * status listener refuses to leave a final state, the decision answers 409 and nothing changes.
     */
    @Test
    void approvingALeftoverTaskNeverMovesAnApprovedTargetBack() {
        long id = submitted("遗留任务目标");
        Task first = openTasks(id).get(0);
        // the duplicate review a race used to start: same business key, same candidate groups
        runtime.startProcessInstanceByKey(PROCESS, String.valueOf(id), runtime.getVariables(first.getProcessInstanceId()));
        assertThat(running(id)).isEqualTo(2);
        as("leader").post("/api/tasks/" + first.getId() + "/approve", null).expect(200);
        as("dept").post("/api/tasks/" + as("dept").taskOf("TARGET", id) + "/approve", null).expect(200);
        ReviewSheetBodies.approve(as("finance"), as("finance").taskOf("TARGET", id), null).expect(200);
        assertThat(status(id)).isEqualTo("APPROVED");

        String leftover = as("leader").taskOf("TARGET", id);
        assertThat(leftover).isNotEqualTo(first.getId());
        Api.Response refused = as("leader").post("/api/tasks/" + leftover + "/approve", null).expect(409);
        assertThat(refused.body().get("detail").asText()).contains("已批复");
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(actions(id)).containsExactly("SUBMIT", "APPROVE", "APPROVE", "APPROVE");
    }
}
