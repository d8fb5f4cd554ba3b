package org.jixiao.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.support.AddedOrgNodes;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.RoundFixtures;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Configured chains for monitoring reports and self-evaluations (issue 13 §1) over the REST API: 单位负责人 → 主管部门
 * → the finance desk in charge (业务科室) → 绩效科, with 整改 at a desk, 复核 at a desk, returns from a desk, the
 * reviewer's tools (退回到指定环节, 加签 before and after a step), and a configuration changed mid-run that only the
 * next hand-in sees. Fiscal year 2037, shared with
 * MonitoringReportApiTest (which opens the cut-off-6 round there and counts nothing of the year): this class opens
 * the cut-off-9 monitoring round and the year's self-evaluation round and reads only its own subjects, by id. The
 * chains saved and the desks added are removed after each test.
 */
@IntegrationTest
class ReportChainsApiTest {
    static final int YEAR = 2037;

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgDirectory directory;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;

    private static final String MONITORING = "MonitoringReportProcess";
    private static final String SELF_EVALUATION = "SelfEvaluationProcess";
    /** The fixed-chain versions deployed by a test: removed again (with their instances) after it. */
    private final List<String> deployments = new ArrayList<>();

    private AddedOrgNodes added;
    private long businessDesk;
    private long performanceDesk;
    private long department;
    private Long previousInCharge;

    @BeforeEach
    void desks() {
        added = AddedOrgNodes.from(jdbc);
        CurrentUser staff = directory.currentUser("staff").orElseThrow();
        long bureau = staff.financeBureauId();
        OrgNode dept = directory.nearest(staff.orgId(), OrgKind.DEPARTMENT).orElseThrow();
        department = dept.getId();
        previousInCharge = dept.getInChargeDeskId();
        businessDesk = desk(bureau, "报告链业务科室", "rc-biz");
        performanceDesk = desk(bureau, "报告链绩效科", "rc-perf");
        jdbc.update("UPDATE org_node SET in_charge_desk_id = ? WHERE id = ?", businessDesk, department);
    }

    @AfterEach
    void restore() {
        deployments.forEach(d -> repository.deleteDeployment(d, true));
        deployments.clear();
        jdbc.update("DELETE FROM approval_chain_step WHERE fiscal_year = ?", YEAR);
        jdbc.update("DELETE FROM approval_chain WHERE fiscal_year = ?", YEAR);
        jdbc.update("UPDATE org_node SET in_charge_desk_id = ? WHERE id = ?", previousInCharge, department);
        added.remove();
    }

    @Test
    void aMonitoringReportThroughTwoDesksWithRectificationAndAReturn() {
        JsonNode saved = as("admin").put(chain("MONITORING_REPORT"), body(0, fourSteps()))
                .expect(200).body();
        assertThat(saved.get("configurable").asBoolean()).isTrue();
        long targetId = TargetFixtures.approved(rest, YEAR, "监控链项目");
        long legacyTarget = TargetFixtures.approved(rest, YEAR, "监控链旧版项目");
        long roundId = RoundFixtures.openRoundAndAwait(rest, "/api/monitoring-rounds",
                Map.of("fiscalYear", YEAR, "cutoffMonth", 9, "dueDate", YEAR + "-10-15")).get("id").asLong();
        long id = reportOf(roundId, targetId);
        long legacy = reportOf(roundId, legacyTarget);
        onFixedChain(MONITORING, "legacy-bpmn/monitoring-report-fixed-chain.bpmn", legacy);
        fillReport(id);
        as("staff").post("/api/monitoring-reports/" + id + "/submit", null).expect(200);

        // the admin changes the chain now: the report under way keeps the one captured at its hand-in
        as("admin").put(chain("MONITORING_REPORT"), body(1, List.of(
                step("unit", "单位负责人确认", "UNIT_LEADER", "UNIT", null),
                step("finance", "财政局终审", "FINANCE_REVIEWER", "FINANCE", null)))).expect(200);

        assertAt(id, "leader", "UNIT_REVIEW", "单位负责人确认");
        approve("leader", id, null);
        assertAt(id, "dept", "DEPT_REVIEW", "主管部门审核");
        approve("dept", id, null);
        JsonNode atDesk = assertAt(id, "rc-biz", "FINANCE_REVIEW", "财政业务科室审核");
        assertThat(atDesk.get("decisions").toString()).contains("RECTIFY").doesNotContain("REJECT");
        assertThat(hasTask("finance", id)).as("the bureau's reviewers do not hold a desk's step").isFalse();
        as("finance").post("/api/monitoring-reports/" + id + "/rectify", Map.of("requirement", "加快进度"))
                .expect(409);

        // 整改 at the desk: the unit reports, the same desk confirms, and the chain goes on to 绩效科
        as("rc-biz").post("/api/monitoring-reports/" + id + "/rectify",
                Map.of("requirement", "加快专家会诊进度", "budgetFollowUp", "CONTINUE")).expect(200);
        JsonNode rectifying = report(id);
        assertThat(rectifying.get("status").asText()).isEqualTo("RECTIFICATION");
        as("staff").post("/api/monitoring-reports/" + id + "/rectification",
                Map.of("version", rectifying.get("version").asInt(), "result", "已增加两次会诊")).expect(200);
        assertThat(report(id).get("status").asText()).isEqualTo("RECTIFICATION_CHECK");
        assertThat(hasTask("finance", id)).isFalse();
        assertThat(hasTask("rc-perf", id)).isFalse();
        approve("rc-biz", id, "整改到位");
        JsonNode atPerformance = assertAt(id, "rc-perf", "FINANCE_REVIEW", "财政绩效科审核");
        assertThat(atPerformance.get("decisions").toString()).contains("RECTIFY");

        // 退回到指定环节: 绩效科 sends the report back to 主管部门, and the chain runs again from there
        assertThat(as("rc-perf").get("/api/tasks/" + taskOf("rc-perf", id) + "/return-steps").expect(200).body()
                .findValuesAsText("key")).containsExactly("drafter", "unit", "department", "business");
        as("rc-perf").post("/api/tasks/" + taskOf("rc-perf", id) + "/return",
                Map.of("opinion", "请主管部门核实偏差原因", "toStep", "department")).expect(200);
        assertAt(id, "dept", "DEPT_REVIEW", "主管部门审核");
        assertThat(hasTask("rc-perf", id)).isFalse();
        approve("dept", id, "已核实");
        // 加签 before the desk's step: 绩效科's reviewer reviews first, alone, then the desk decides
        as("rc-biz").post("/api/tasks/" + taskOf("rc-biz", id) + "/add-signer",
                Map.of("user", "rc-perf", "position", "BEFORE", "note", "请绩效科先看整改结果")).expect(200);
        assertThat(hasTask("rc-biz", id)).isFalse();
        assertThat(task("rc-perf", id).get("name").asText()).startsWith("加签审核");
        approve("rc-perf", id, "整改结果可信");
        // and a signer after it: the department's reviewer, before the chain goes on to 绩效科
        as("rc-biz").post("/api/tasks/" + taskOf("rc-biz", id) + "/add-signer",
                Map.of("user", "dept", "position", "AFTER", "note", "请主管部门会签")).expect(200);
        approve("rc-biz", id, "同意");
        assertThat(task("dept", id).get("name").asText()).startsWith("加签审核");
        approve("dept", id, "会签同意");
        assertAt(id, "rc-perf", "FINANCE_REVIEW", "财政绩效科审核");
        // a required opinion (422), then 绩效科 returns the report to the unit
        as("rc-perf").post("/api/tasks/" + taskOf("rc-perf", id) + "/approve", Map.of("opinion", " ")).expect(422);
        as("rc-perf").post("/api/tasks/" + taskOf("rc-perf", id) + "/return", Map.of("opinion", "偏差原因不充分"))
                .expect(200);
        assertThat(report(id).get("status").asText()).isEqualTo("RETURNED");

        // the next hand-in captures the chain in force now: 单位负责人 → 财政局终审
        as("staff").post("/api/monitoring-reports/" + id + "/submit", null).expect(200);
        approve("leader", id, null);
        assertAt(id, "finance", "FINANCE_REVIEW", "财政局终审");
        approve("finance", id, "同意");
        JsonNode closed = report(id);
        assertThat(closed.get("status").asText()).isEqualTo("APPROVED");
        assertThat(as("finance").get("/api/monitoring-reports/" + id + "/history").expect(200).body()
                .findValuesAsText("action")).containsExactly("SUBMIT", "APPROVE", "APPROVE", "RECTIFY", "RECTIFIED",
                "APPROVE", "RETURN_TO_STEP", "APPROVE", "SIGN_BEFORE", "APPROVE", "SIGN_AFTER", "APPROVE", "APPROVE",
                "RETURN", "SUBMIT", "APPROVE", "APPROVE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM approval_chain_run WHERE subject_type = "
                + "'MONITORING_REPORT' AND subject_id = ?", Integer.class, id)).as("one run per hand-in").isEqualTo(2);

        // a report started on the fixed-chain version (before the upgrade) finishes on it, 整改 included
        fillReport(legacy);
        as("staff").post("/api/monitoring-reports/" + legacy + "/submit", null).expect(200);
        assertThat(task("leader", legacy).get("step").asText()).isEqualTo("Task_ConfirmByUnitLeader");
        approve("leader", legacy, null);
        approve("dept", legacy, null);
        JsonNode fixedFinance = assertAt(legacy, "finance", "FINANCE_REVIEW", "财政局审核");
        assertThat(fixedFinance.get("step").asText()).isEqualTo("Task_ReviewByFinanceBureau");
        assertThat(fixedFinance.get("decisions").toString()).contains("RECTIFY").doesNotContain("REJECT");
        as("finance").post("/api/monitoring-reports/" + legacy + "/rectify", Map.of("requirement", "补充佐证材料"))
                .expect(200);
        as("staff").post("/api/monitoring-reports/" + legacy + "/rectification",
                Map.of("version", report(legacy).get("version").asInt(), "result", "已补充")).expect(200);
        approve("finance", legacy, "整改到位");
        assertThat(report(legacy).get("status").asText()).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM approval_chain_run WHERE subject_type = "
                + "'MONITORING_REPORT' AND subject_id = ?", Integer.class, legacy)).isZero();
    }

    @Test
    void aSelfEvaluationRescoredAndReturnedAtADesk() {
        as("admin").put(chain("SELF_EVALUATION"), body(0, fourSteps())).expect(200);
        type = "SELF_EVALUATION";
        long targetId = TargetFixtures.approved(rest, YEAR, "自评链项目");
        long legacyTarget = TargetFixtures.approved(rest, YEAR, "自评链旧版项目");
        long roundId = RoundFixtures.openRoundAndAwait(rest, "/api/evaluation-rounds",
                Map.of("fiscalYear", YEAR, "dueDate", (YEAR + 1) + "-03-31")).get("id").asLong();
        long id = evaluationOf(roundId, targetId);
        long legacy = evaluationOf(roundId, legacyTarget);
        onFixedChain(SELF_EVALUATION, "legacy-bpmn/self-evaluation-fixed-chain.bpmn", legacy);
        JsonNode blank = as("staff").get("/api/self-evaluations/" + id).expect(200).body();
        Map<String, Object> complete = filledEvaluation(blank);
        as("staff").put("/api/self-evaluations/" + id, complete).expect(200);
        as("staff").post("/api/self-evaluations/" + id + "/submit", null).expect(200);

        approve("leader", id, null);
        approve("dept", id, null);
        assertAt(id, "rc-biz", "FINANCE_REVIEW", "财政业务科室审核");
        long first = blank.get("indicators").get(0).get("indicatorId").asLong();
        Map<String, Object> rescore = Map.of("indicatorId", first, "score", "15", "reason", "会诊记录不全");
        as("dept").post("/api/self-evaluations/" + id + "/rescore", rescore).expect(403);
        as("finance").post("/api/self-evaluations/" + id + "/rescore", rescore).expect(409);
        JsonNode rescored = as("rc-biz").post("/api/self-evaluations/" + id + "/rescore", rescore).expect(200).body();
        assertThat(rescored.get("reviewedTotal").decimalValue()).isEqualByComparingTo("87.97");
        approve("rc-biz", id, "复核完成");
        assertAt(id, "rc-perf", "FINANCE_REVIEW", "财政绩效科审核");
        // 退回到指定环节: 绩效科 returns it to the desk, which asks the unit's leader first (加签), then passes it on
        as("rc-perf").post("/api/tasks/" + taskOf("rc-perf", id) + "/return",
                Map.of("opinion", "请业务科室复核第一项", "toStep", "business")).expect(200);
        assertAt(id, "rc-biz", "FINANCE_REVIEW", "财政业务科室审核");
        as("rc-biz").post("/api/tasks/" + taskOf("rc-biz", id) + "/add-signer",
                Map.of("user", "leader", "position", "BEFORE", "note", "请单位负责人确认会诊记录")).expect(200);
        assertThat(task("leader", id).get("name").asText()).startsWith("加签审核");
        approve("leader", id, "记录属实");
        approve("rc-biz", id, "复核无误");
        assertAt(id, "rc-perf", "FINANCE_REVIEW", "财政绩效科审核");
        as("rc-perf").post("/api/tasks/" + taskOf("rc-perf", id) + "/return", Map.of("opinion", "结论与评分不符"))
                .expect(200);
        JsonNode returned = as("staff").get("/api/self-evaluations/" + id).expect(200).body();
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");

        complete.put("version", returned.get("version").asInt());
        as("staff").put("/api/self-evaluations/" + id, complete).expect(200);
        as("staff").post("/api/self-evaluations/" + id + "/submit", null).expect(200);
        for (String reviewer : List.of("leader", "dept", "rc-biz")) {
            approve(reviewer, id, null);
        }
        approve("rc-perf", id, "审核通过");
        assertThat(as("staff").get("/api/self-evaluations/" + id).expect(200).body().get("status").asText())
                .isEqualTo("APPROVED");
        assertThat(as("staff").get("/api/self-evaluations/" + id + "/history").expect(200).body()
                .findValuesAsText("action")).containsExactly("SUBMIT", "APPROVE", "APPROVE", "RESCORE", "APPROVE",
                "RETURN_TO_STEP", "SIGN_BEFORE", "APPROVE", "APPROVE", "RETURN", "SUBMIT", "APPROVE", "APPROVE",
                "APPROVE", "APPROVE");

        // one started on the fixed-chain version finishes on it, with 复核 at its finance task
        JsonNode legacyBlank = as("staff").get("/api/self-evaluations/" + legacy).expect(200).body();
        as("staff").put("/api/self-evaluations/" + legacy, filledEvaluation(legacyBlank)).expect(200);
        as("staff").post("/api/self-evaluations/" + legacy + "/submit", null).expect(200);
        assertThat(task("leader", legacy).get("step").asText()).isEqualTo("Task_ConfirmByUnitLeader");
        approve("leader", legacy, null);
        approve("dept", legacy, null);
        assertThat(assertAt(legacy, "finance", "FINANCE_REVIEW", "财政局审核（复核）").get("step").asText())
                .isEqualTo("Task_ReviewByFinanceBureau");
        as("finance").post("/api/self-evaluations/" + legacy + "/rescore", Map.of("indicatorId",
                legacyBlank.get("indicators").get(0).get("indicatorId").asLong(), "score", "15", "reason", "记录不全"))
                .expect(200);
        approve("finance", legacy, null);
        assertThat(as("staff").get("/api/self-evaluations/" + legacy).expect(200).body().get("status").asText())
                .isEqualTo("APPROVED");
    }

    // ---- helpers

    private Api as(String user) {
        return Api.as(rest, user);
    }

    /**
     * Puts the subject on the process version before configurable chains (a copy of the previous BPMN, as a bureau
     * upgrading mid-year has them running): deploys it, ends the subject's current instance and starts the old
     * definition with the same business key and variables. The old version is the latest only until the test ends;
     * nothing starts a process by key meanwhile.
     */
    private void onFixedChain(String processKey, String resource, long subjectId) {
        Deployment deployment = repository.createDeployment().name("fixed-chain-" + processKey)
                .addClasspathResource(resource).deploy();
        deployments.add(deployment.getId());
        String definition = repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult()
                .getId();
        ProcessInstance current = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(String.valueOf(subjectId)).singleResult();
        Map<String, Object> variables = runtime.getVariables(current.getId());
        variables.remove("fiscalYear"); // the old version was started without it
        runtime.deleteProcessInstance(current.getId(), "moved to the fixed-chain version");
        runtime.startProcessInstanceById(definition, String.valueOf(subjectId), variables);
    }

    private static String chain(String type) {
        return "/api/approval-chains/" + YEAR + "/" + type;
    }

    /** 单位负责人 → 主管部门 → the desk in charge (业务科室) → 绩效科 (named; a required opinion). */
    private List<Map<String, Object>> fourSteps() {
        Map<String, Object> performance = step("performance", "财政绩效科审核", "FINANCE_REVIEWER", "DESK",
                performanceDesk);
        performance.put("opinionRequired", true);
        return List.of(step("unit", "单位负责人确认", "UNIT_LEADER", "UNIT", null),
                step("department", "主管部门审核", "DEPT_REVIEWER", "DEPARTMENT", null),
                step("business", "财政业务科室审核", "FINANCE_REVIEWER", "DESK", null), performance);
    }

    private static Map<String, Object> step(String key, String name, String role, String level, Long desk) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("key", key);
        s.put("name", name);
        s.put("role", role);
        s.put("level", level);
        s.put("deskId", desk);
        s.put("mayReturn", true);
        return s;
    }

    private static Map<String, Object> body(int version, List<Map<String, Object>> steps) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("steps", steps);
        return body;
    }

    private long desk(long bureau, String name, String username) {
        jdbc.update("INSERT INTO org_node (parent_id, kind, name) VALUES (?, 'DESK', ?)", bureau, name);
        long desk = jdbc.queryForObject("SELECT MAX(id) FROM org_node", Long.class);
        jdbc.update("INSERT INTO app_user (username, password_hash, display_name, org_id, enabled) "
                + "SELECT ?, password_hash, ?, ?, TRUE FROM app_user WHERE username = 'finance'", username, name, desk);
        jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, 'FINANCE_REVIEWER' FROM app_user "
                + "WHERE username = ?", username);
        return desk;
    }

    /** The subject's status, and the user's open task on it with that name (returned as the task JSON). */
    private JsonNode assertAt(long id, String user, String status, String name) {
        JsonNode task = task(user, id);
        assertThat(task).as(user + " has a task on " + id).isNotNull();
        assertThat(task.get("name").asText()).isEqualTo(name);
        assertThat(task.get("status").asText()).isEqualTo(status);
        return task;
    }

    /** The report's or self-evaluation's type: ids of the two tables overlap. */
    private String type = "MONITORING_REPORT";

    private JsonNode task(String user, long id) {
        for (JsonNode t : as(user).tasks()) {
            if (t.get("subjectId").asLong() == id && type.equals(t.get("type").asText())) {
                return t;
            }
        }
        return null;
    }

    private boolean hasTask(String user, long id) {
        return task(user, id) != null;
    }

    private String taskOf(String user, long id) {
        JsonNode task = task(user, id);
        assertThat(task).as(user + " has a task on " + id).isNotNull();
        return task.get("id").asText();
    }

    private void approve(String user, long id, String opinion) {
        as(user).post("/api/tasks/" + taskOf(user, id) + "/approve",
                opinion == null ? null : Map.of("opinion", opinion)).expect(200);
    }

    private JsonNode report(long id) {
        return as("staff").get("/api/monitoring-reports/" + id).expect(200).body();
    }

    private long reportOf(long roundId, long targetId) {
        for (JsonNode r : as("staff").get("/api/monitoring-reports?roundId=" + roundId).expect(200).body()) {
            if (r.get("targetId").asLong() == targetId) {
                return r.get("id").asLong();
            }
        }
        throw new AssertionError("no report for target " + targetId);
    }

    private long evaluationOf(long roundId, long targetId) {
        for (JsonNode e : as("staff").get("/api/self-evaluations?roundId=" + roundId).expect(200).body()) {
            if (e.get("targetId").asLong() == targetId) {
                return e.get("id").asLong();
            }
        }
        throw new AssertionError("no self-evaluation for target " + targetId);
    }

    /** Every light green, as in MonitoringReportRaceApiTest, so it may be handed in without reasons. */
    private void fillReport(long id) {
        JsonNode blank = report(id);
        Map<String, Object> body = Api.toMap(blank);
        body.put("executedFunds", "150"); // 75% by September: on pace
        body.put("expectedCarryOver", "0");
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (JsonNode i : blank.get("indicators")) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("indicatorId", i.get("indicatorId").asLong());
            row.put("likelihood", "CERTAIN");
            if (i.get("comparator").isNull()) {
                row.put("achievement", "ACHIEVED");
            } else if (i.get("targetValue").asText().startsWith("12")) {
                row.put("valueToDate", "9");
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

    /** As in SelfEvaluationApiTest: total 93.80 (优); re-scoring the first indicator to 15 gives 87.97. */
    private static Map<String, Object> filledEvaluation(JsonNode e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", e.get("version").asInt());
        body.put("adjustedFunds", "200.00");
        body.put("executedFunds", "170.00");
        body.put("budgetDeviation", "部分采购延至次年");
        body.put("goalsActual", "全年完成专家会诊 10 次，隐患整改率 96%");
        body.put("conclusion", "项目总体完成较好");
        List<Map<String, Object>> rows = new ArrayList<>();
        String[] actual = {"10", null, "96", "90"};
        String[] deviation = {"两次会诊因疫情推迟；明年提前安排", null, null, "满意度调查样本偏少；扩大样本"};
        for (int i = 0; i < 4; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("indicatorId", e.get("indicators").get(i).get("indicatorId").asLong());
            if (actual[i] == null) {
                row.put("grade", "ACHIEVED");
                row.put("score", "25");
            } else {
                row.put("actual", actual[i]);
            }
            if (deviation[i] != null) {
                row.put("deviation", deviation[i]);
            }
            rows.add(row);
        }
        body.put("indicators", rows);
        return body;
    }
}
