package org.jixiao.approval.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.support.FourStepChain.approveAs;
import static org.jixiao.support.FourStepChain.history;
import static org.jixiao.support.FourStepChain.openTask;
import static org.jixiao.support.FourStepChain.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.FourStepChain;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.Race;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 退回到指定环节 (issue 13 §3) over HTTP on the four-step chain ({@link FourStepChain}): from 财政绩效科审核 back to
 * each passed step under both options of the chain (RERUN: the chain runs on from there; TO_RETURNER, 直送退回人:
 * straight back to the returning step), nested returns under 直送, the drafter as before, what is no passed step,
 * scope, a withdrawal refused once the case was returned to its first step, and ten parallel returns. Fiscal year
 * 2030 (ApprovalChainProcessTest's: chains configured for the year and deleted after each test).
 */
@IntegrationTest
class ReturnToStepApiTest {
    private static final int YEAR = 2030;

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    @AfterEach
    void restore() {
        FourStepChain.remove(jdbc, YEAR);
    }

    @ParameterizedTest(name = "{0}: back to {1}, then {2}")
    @CsvSource({"RERUN, unit, 'leader,dept,desk', UNIT_REVIEW", "RERUN, department, 'dept,desk', DEPT_REVIEW",
        "RERUN, business, desk, FINANCE_REVIEW", "TO_RETURNER, unit, leader, UNIT_REVIEW",
        "TO_RETURNER, department, dept, DEPT_REVIEW", "TO_RETURNER, business, desk, FINANCE_REVIEW"})
    void backToAPassedStepThenOnAsTheChainSays(String afterReturn, String toStep, String reviewers, String status) {
        FourStepChain.save(rest, YEAR, afterReturn, false);
        long id = atPerformance("退回到" + toStep + "-" + afterReturn);
        String task = as("finance").taskOf("TARGET", id);
        JsonNode offered = as("finance").get("/api/tasks/" + task + "/return-steps").expect(200).body();
        assertThat(offered.findValuesAsText("key")).containsExactly("drafter", "unit", "department", "business");
        assertThat(offered.get(0).get("name").asText()).contains("送审人");
        for (int i = 1; i < offered.size(); i++) {
            assertThat(offered.get(i).get("afterReturn").asText()).isEqualTo(afterReturn);
        }

        JsonNode answer = as("finance").post("/api/tasks/" + task + "/return",
                Map.of("opinion", "请补充测算依据", "toStep", toStep)).expect(200).body();
        assertThat(answer.get("action").asText()).isEqualTo("RETURN_TO_STEP");
        assertThat(status(rest, id)).isEqualTo(status);
        assertThat(openTask(rest, "finance", YEAR, id)).isNull();

        for (String reviewer : reviewers.split(",")) {
            assertThat(openTask(rest, reviewer, YEAR, id)).as(reviewer + " holds the step now").isNotNull();
            approveAs(rest, id, reviewer);
        }
        // RERUN walks every step again up to the returning one; 直送 skips them
        for (String skipped : FourStepChain.REVIEWERS.subList(0, 3)) {
            assertThat(openTask(rest, skipped, YEAR, id)).as(skipped).isNull();
        }
        approveAs(rest, id, "finance");
        assertThat(status(rest, id)).isEqualTo("APPROVED");

        List<JsonNode> events = history(rest, id);
        JsonNode back = events.stream().filter(e -> "RETURN_TO_STEP".equals(e.get("action").asText())).findFirst()
                .orElseThrow();
        assertThat(back.get("actorUsername").asText()).isEqualTo("finance");
        assertThat(back.get("opinion").asText()).isEqualTo("请补充测算依据");
        assertThat(back.get("counterpart").asText())
                .isEqualTo(FourStepChain.NAMES.get(FourStepChain.KEYS.indexOf(toStep)));
        assertThat(events.stream().filter(e -> "APPROVE".equals(e.get("action").asText())))
                .hasSize(4 + reviewers.split(",").length);
    }

    @Test
    void nestedReturnsGoStraightBackToEachReturnerInTurn() {
        FourStepChain.save(rest, YEAR, "TO_RETURNER", false);
        long id = atPerformance("直送退回人-嵌套");
        returnTo("finance", id, "business");
        returnTo("desk", id, "unit");
        assertThat(status(rest, id)).isEqualTo("UNIT_REVIEW");
        approveAs(rest, id, "leader");
        assertThat(openTask(rest, "dept", YEAR, id)).isNull();
        assertThat(openTask(rest, "desk", YEAR, id)).as("back to the one who returned it last").isNotNull();
        approveAs(rest, id, "desk");
        assertThat(openTask(rest, "finance", YEAR, id)).as("then to the first returner").isNotNull();
        approveAs(rest, id, "finance");
        assertThat(status(rest, id)).isEqualTo("APPROVED");
    }

    @Test
    void theDrafterAsBeforeAndNothingElseButAPassedStep() {
        FourStepChain.save(rest, YEAR, "RERUN", false);
        long id = FourStepChain.submitted(rest, YEAR, "退回到环节-校验");
        approveAs(rest, id, "leader");
        String task = as("dept").taskOf("TARGET", id);
        for (String wrong : List.of("department", "business", "performance", "nosuch", "长".repeat(80))) {
            refused(as("dept").post("/api/tasks/" + task + "/return", Map.of("opinion", "请修改", "toStep", wrong)),
                    "toStep");
        }
        refused(as("dept").post("/api/tasks/" + task + "/return", Map.of("opinion", " ", "toStep", "unit")),
                "opinion");
        // another step's reviewer may not, another unit's reviewer does not learn the task exists
        assertThat(as("leader").post("/api/tasks/" + task + "/return", Map.of("opinion", "x", "toStep", "unit"))
                .status()).isEqualTo(403);
        assertThat(as("leader2").post("/api/tasks/" + task + "/return", Map.of("opinion", "x", "toStep", "unit"))
                .status()).isEqualTo(404);

        returnTo("dept", id, "unit");
        // returned to the first step, the review has begun: the drafter can no longer withdraw it
        assertThat(as("staff").post("/api/targets/" + id + "/withdraw", null).status()).isEqualTo(409);
        String leaderTask = as("leader").taskOf("TARGET", id);
        assertThat(as("leader").get("/api/tasks/" + leaderTask + "/return-steps").expect(200).body()
                .findValuesAsText("key")).containsExactly("drafter");
        Map<String, Object> toDrafter = new HashMap<>();
        toDrafter.put("opinion", "请按意见修改后重新送审");
        toDrafter.put("toStep", null);
        JsonNode answer = as("leader").post("/api/tasks/" + leaderTask + "/return", toDrafter).expect(200).body();
        assertThat(answer.get("action").asText()).isEqualTo("RETURN");
        assertThat(status(rest, id)).isEqualTo("RETURNED");
    }

    @Test
    void tenParallelReturnsOneWins() {
        FourStepChain.save(rest, YEAR, "RERUN", false);
        long id = atPerformance("退回到环节-并发");
        String task = as("finance").taskOf("TARGET", id);
        Race.oneWinner(Race.same(() -> as("finance").post("/api/tasks/" + task + "/return",
                Map.of("opinion", "请主管部门复核", "toStep", "department"))));
        assertThat(status(rest, id)).isEqualTo("DEPT_REVIEW");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_task WHERE subject_type = 'TARGET' "
                + "AND subject_id = ? AND closed_at IS NULL", Integer.class, id)).isEqualTo(1);
        assertThat(history(rest, id).stream().filter(e -> "RETURN_TO_STEP".equals(e.get("action").asText())))
                .hasSize(1);
    }

    @Test
    void theChainsOptionIsSavedAndChecked() {
        String path = "/api/approval-chains/" + YEAR + "/TARGET_PROJECT";
        JsonNode defaults = as("admin").get(path).expect(200).body();
        assertThat(defaults.get("afterReturn").asText()).isEqualTo("RERUN");
        Map<String, Object> body = Api.toMap(defaults);
        body.put("afterReturn", "SOMETIMES");
        refused(as("admin").put(path, body), "afterReturn");
        body.put("afterReturn", "TO_RETURNER");
        assertThat(as("admin").put(path, body).expect(200).body().get("afterReturn").asText())
                .isEqualTo("TO_RETURNER");
        assertThat(as("admin").get(path).expect(200).body().get("afterReturn").asText()).isEqualTo("TO_RETURNER");
    }

    /** Submitted and approved by the first three steps: at 财政绩效科审核 ({@code finance}). */
    private long atPerformance(String name) {
        long id = FourStepChain.submitted(rest, YEAR, name);
        approveAs(rest, id, "leader", "dept", "desk");
        return id;
    }

    private void returnTo(String reviewer, long id, String toStep) {
        Api api = as(reviewer);
        api.post("/api/tasks/" + api.taskOf("TARGET", id) + "/return",
                Map.of("opinion", "请修改后再送", "toStep", toStep)).expect(200);
    }

    /** A 422 problem naming the field. */
    private static void refused(Api.Response response, String field) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(422);
        assertThat(response.body().toString()).contains("\"" + field + "\"");
    }
}
