package org.jixiao.approval.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.support.FourStepChain.approveAs;
import static org.jixiao.support.FourStepChain.history;
import static org.jixiao.support.FourStepChain.openTask;
import static org.jixiao.support.FourStepChain.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jixiao.support.Api;
import org.jixiao.support.FourStepChain;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.Race;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 加签 (issue 13 §3) over HTTP on the four-step chain ({@link FourStepChain}): a signer BEFORE a step reviews first
 * and the step's holders get it back; a signer AFTER a step reviews once it approves and the chain goes on (also
 * after the last step); only someone who may see the subject and holds a review post for it may be added (422 on
 * {@code user}), only by the task's holder (403/404); one signer per task under ten concurrent requests. Fiscal
 * year 2030 (ApprovalChainProcessTest's: chains configured for the year and deleted after each test).
 */
@IntegrationTest
class AddSignerApiTest {
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

    @Test
    void aSignerBeforeTheStepReviewsFirstThenTheStepsHolders() {
        FourStepChain.save(rest, YEAR, "RERUN", false);
        long id = FourStepChain.submitted(rest, YEAR, "前加签");
        approveAs(rest, id, "leader");
        String deptTask = as("dept").taskOf("TARGET", id);
        JsonNode added = as("dept").post("/api/tasks/" + deptTask + "/add-signer",
                Map.of("user", "finance", "position", "BEFORE", "note", "请财政先看资金测算")).expect(200).body();
        assertThat(added.get("action").asText()).isEqualTo("SIGN_BEFORE");
        assertThat(added.get("signer").asText()).isEqualTo("finance");

        assertThat(openTask(rest, "dept", YEAR, id)).isNull();
        assertThat(openTask(rest, "desk", YEAR, id)).as("the signer's alone, not the group's").isNull();
        String signerTask = openTask(rest, "finance", YEAR, id);
        assertThat(signerTask).isNotNull();
        JsonNode item = inboxItem("finance", signerTask);
        assertThat(item.get("name").asText()).startsWith("加签审核");
        assertThat(as("finance").get("/api/tasks/" + signerTask + "/return-steps").expect(200).body()
                .findValuesAsText("key")).as("a signer returns to the drafter only").containsExactly("drafter");
        assertThat(status(rest, id)).isEqualTo("FINANCE_REVIEW");
        refused(as("finance").post("/api/tasks/" + signerTask + "/approve", Map.of()), "opinion");
        assertThat(as("finance").post("/api/tasks/" + signerTask + "/add-signer",
                Map.of("user", "desk", "position", "BEFORE")).status()).as("no signer on a signer's task").isEqualTo(409);
        as("finance").post("/api/tasks/" + signerTask + "/approve", Map.of("opinion", "资金测算合理")).expect(200);

        assertThat(status(rest, id)).isEqualTo("DEPT_REVIEW");
        assertThat(openTask(rest, "dept", YEAR, id)).as("back to the step's holders").isNotNull();
        approveAs(rest, id, "dept", "desk", "finance");
        assertThat(status(rest, id)).isEqualTo("APPROVED");
        List<JsonNode> events = history(rest, id);
        JsonNode sign = events.stream().filter(e -> "SIGN_BEFORE".equals(e.get("action").asText())).findFirst()
                .orElseThrow();
        assertThat(sign.get("actorUsername").asText()).isEqualTo("dept");
        assertThat(sign.get("opinion").asText()).isEqualTo("请财政先看资金测算");
        assertThat(sign.get("counterpart").asText()).isNotBlank();
        assertThat(events.stream().filter(e -> "APPROVE".equals(e.get("action").asText())
                && "finance".equals(e.get("actorUsername").asText())).map(e -> e.get("opinion").asText()))
                .contains("资金测算合理");
    }

    @Test
    void aSignerAfterTheStepReviewsOnceItApprovesThenTheChainGoesOn() {
        FourStepChain.save(rest, YEAR, "RERUN", false);
        long id = FourStepChain.submitted(rest, YEAR, "后加签");
        approveAs(rest, id, "leader", "dept");
        String deskTask = as("desk").taskOf("TARGET", id);
        as("desk").post("/api/tasks/" + deskTask + "/add-signer",
                Map.of("user", "leader", "position", "AFTER", "note", "请单位确认项目进度")).expect(200);
        assertThat(openTask(rest, "desk", YEAR, id)).as("the step stays with its holder").isEqualTo(deskTask);
        assertThat(as("desk").post("/api/tasks/" + deskTask + "/add-signer",
                Map.of("user", "dept", "position", "AFTER")).status()).as("one signer per task").isEqualTo(409);
        approveAs(rest, id, "desk");

        assertThat(status(rest, id)).isEqualTo("UNIT_REVIEW");
        assertThat(openTask(rest, "finance", YEAR, id)).isNull();
        String signerTask = openTask(rest, "leader", YEAR, id);
        assertThat(inboxItem("leader", signerTask).get("name").asText()).startsWith("加签审核");
        as("leader").post("/api/tasks/" + signerTask + "/approve", Map.of("opinion", "进度属实")).expect(200);

        // on along the chain; a signer after the last step is the last to review
        String financeTask = as("finance").taskOf("TARGET", id);
        as("finance").post("/api/tasks/" + financeTask + "/add-signer",
                Map.of("user", "dept", "position", "AFTER")).expect(200);
        approveAs(rest, id, "finance");
        assertThat(status(rest, id)).isEqualTo("DEPT_REVIEW");
        as("dept").post("/api/tasks/" + as("dept").taskOf("TARGET", id) + "/approve", Map.of("opinion", "同意"))
                .expect(200);
        assertThat(status(rest, id)).isEqualTo("APPROVED");
        assertThat(history(rest, id).stream().filter(e -> "SIGN_AFTER".equals(e.get("action").asText()))).hasSize(2);
    }

    @Test
    void onlyAReviewerWhoMaySeeTheSubjectAndOnlyByTheHolder() {
        FourStepChain.save(rest, YEAR, "RERUN", false);
        long id = FourStepChain.submitted(rest, YEAR, "加签范围");
        approveAs(rest, id, "leader");
        String task = as("dept").taskOf("TARGET", id);
        JsonNode candidates = as("dept").get("/api/tasks/" + task + "/signer-candidates").expect(200).body();
        assertThat(candidates.findValuesAsText("username")).contains("leader", "finance", "desk")
                .doesNotContain("dept", "leader2", "dept2", "staff", "admin");
        // another unit's, a drafter, the administrator, nobody, oneself
        for (String outsider : List.of("leader2", "dept2", "staff", "admin", "no-such-user", "dept", " ")) {
            refused(as("dept").post("/api/tasks/" + task + "/add-signer",
                    Map.of("user", outsider, "position", "BEFORE")), "user");
        }
        refused(as("dept").post("/api/tasks/" + task + "/add-signer", Map.of("user", "finance", "position", "MIDDLE")),
                "position");
        refused(as("dept").post("/api/tasks/" + task + "/add-signer", Map.of("user", "finance")), "position");
        refused(as("dept").post("/api/tasks/" + task + "/add-signer",
                Map.of("user", "finance", "position", "AFTER", "note", "长".repeat(2001))), "note");
        assertThat(as("leader").post("/api/tasks/" + task + "/add-signer",
                Map.of("user", "finance", "position", "BEFORE")).status()).isEqualTo(403);
        assertThat(as("leader2").post("/api/tasks/" + task + "/add-signer",
                Map.of("user", "finance", "position", "BEFORE")).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM approval_added_signer WHERE task_id = ?", Integer.class,
                task)).isZero();
        assertThat(status(rest, id)).isEqualTo("DEPT_REVIEW");
    }

    @Test
    void tenParallelSignersOneIsAdded() {
        FourStepChain.save(rest, YEAR, "RERUN", false);
        long before = FourStepChain.submitted(rest, YEAR, "加签并发-前");
        String task = as("leader").taskOf("TARGET", before);
        Race.oneWinner(Race.same(() -> as("leader").post("/api/tasks/" + task + "/add-signer",
                Map.of("user", "dept", "position", "BEFORE", "note", "请主管部门先看"))));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_task WHERE subject_type = 'TARGET' "
                + "AND subject_id = ? AND closed_at IS NULL", Integer.class, before)).isEqualTo(1);
        assertThat(openTask(rest, "dept", YEAR, before)).isNotNull();

        long after = FourStepChain.submitted(rest, YEAR, "加签并发-后");
        String afterTask = as("leader").taskOf("TARGET", after);
        Race.oneWinner(Race.same(() -> as("leader").post("/api/tasks/" + afterTask + "/add-signer",
                Map.of("user", "finance", "position", "AFTER"))));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM approval_added_signer WHERE task_id = ?", Integer.class,
                afterTask)).isEqualTo(1);
        assertThat(history(rest, after).stream().filter(e -> "SIGN_AFTER".equals(e.get("action").asText())))
                .hasSize(1);
        approveAs(rest, after, "leader");
        assertThat(openTask(rest, "finance", YEAR, after)).as("the one signer added").isNotNull();
    }

    private JsonNode inboxItem(String user, String taskId) {
        for (JsonNode t : as(user).get("/api/tasks?type=TARGET&fiscalYear=" + YEAR + "&size=200").expect(200).body()
                .get("items")) {
            if (t.get("id").asText().equals(taskId)) {
                return t;
            }
        }
        throw new AssertionError("no task " + taskId + " for " + user);
    }

    /** A 422 problem naming the field. */
    private static void refused(Api.Response response, String field) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(422);
        assertThat(response.body().toString()).contains("\"" + field + "\"");
    }
}
