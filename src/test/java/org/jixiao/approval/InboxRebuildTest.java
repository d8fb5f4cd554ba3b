package org.jixiao.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.support.FourStepChain.approveAs;
import static org.jixiao.support.FourStepChain.openTask;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jixiao.approval.process.OpenTaskInventory;
import org.jixiao.support.Api;
import org.jixiao.support.FourStepChain;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox read model rebuilt from the engine (a restored database, the start-up reconcile) keeps who holds a task
 * beyond its group and its step deadline: an added signer's review (加签) stays the signer's alone with the step's
 * deadline counted from when it opened, a transferred task the new holder's.
 * Fiscal year 2030 (the four-step chain of ApprovalChainProcessTest and friends, deleted after each test).
 */
@IntegrationTest
class InboxRebuildTest {
    private static final int YEAR = 2030;

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    @Autowired InboxRows rows;
    @Autowired OpenTaskInventory inventory;

    @AfterEach
    void restore() {
        FourStepChain.remove(jdbc, YEAR);
    }

    /** The four-step chain's 主管部门审核 gets {@code slaDays}. */
    private void withDeadlineAtTheDepartment(int days) {
        Api admin = Api.as(rest, "admin");
        String path = "/api/approval-chains/" + YEAR + "/TARGET_PROJECT";
        Map<String, Object> chain = Api.toMap(admin.get(path).expect(200).body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) chain.get("steps");
        steps.get(1).put("slaDays", days);
        admin.put(path, Map.of("steps", steps, "version", chain.get("version"), "afterReturn", "RERUN")).expect(200);
    }

    @Test
    void aRebuiltInboxKeepsSignersAndTransfers() {
        // a transfer on the default chain (submitted before the four-step chain is saved): 财政局 → a colleague
        long transferred = FourStepChain.submitted(rest, YEAR, "重建待办-转办");
        approveAs(rest, transferred, "leader", "dept");
        String financeTask = openTask(rest, "finance", YEAR, transferred);
        Api.as(rest, "finance").post("/api/tasks/" + financeTask + "/transfer",
                Map.of("toUser", "desk", "opinion", "请科室代审")).expect(200);

        FourStepChain.save(rest, YEAR, "RERUN", false);
        withDeadlineAtTheDepartment(3);
        long signed = FourStepChain.submitted(rest, YEAR, "重建待办-加签");
        approveAs(rest, signed, "leader");
        Api.as(rest, "dept").post("/api/tasks/" + Api.as(rest, "dept").taskOf("TARGET", signed) + "/add-signer",
                Map.of("user", "finance", "position", "BEFORE", "note", "请财政先看")).expect(200);
        String signerTask = openTask(rest, "finance", YEAR, signed);

        // the rows are lost (a restored database), and the reconcile rebuilds them from the engine's open tasks

        LocalDate due = jdbc.queryForObject("SELECT step_due_on FROM review_task WHERE task_id = ?", LocalDate.class,
                signerTask);
        jdbc.update("DELETE FROM review_task WHERE task_id IN (?, ?)", signerTask, financeTask);
        assertThat(rows.reconcile(inventory.openTasksForInbox(rows.processKeys()))).isGreaterThanOrEqualTo(2);

        assertThat(jdbc.queryForObject("SELECT assignee FROM review_task WHERE task_id = ? AND closed_at IS NULL",
                String.class, signerTask)).isEqualTo("finance");
        assertThat(due).as("the step's three days").isNotNull();
        assertThat(jdbc.queryForObject("SELECT step_due_on FROM review_task WHERE task_id = ?", LocalDate.class,
                signerTask)).as("the deadline it had, counted from when it opened").isEqualTo(due);
        assertThat(openTask(rest, "finance", YEAR, signed)).isEqualTo(signerTask);
        assertThat(openTask(rest, "dept", YEAR, signed)).as("the signer's alone, not the step's group").isNull();
        assertThat(openTask(rest, "desk", YEAR, transferred)).isEqualTo(financeTask);
        assertThat(openTask(rest, "finance", YEAR, transferred)).as("transferred away").isNull();

        Api.as(rest, "finance").post("/api/tasks/" + signerTask + "/approve", Map.of("opinion", "可以")).expect(200);
        assertThat(openTask(rest, "dept", YEAR, signed)).as("back to the step's holders").isNotNull();
    }
}
