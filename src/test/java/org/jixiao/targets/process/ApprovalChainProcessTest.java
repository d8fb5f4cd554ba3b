package org.jixiao.targets.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.approval.StepRules;
import org.jixiao.approval.chain.ApprovalChains;
import org.jixiao.approval.chain.StepDraft;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.support.AddedOrgNodes;
import org.jixiao.support.IntegrationTest;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetService;
import org.jixiao.targets.TargetStatus;
import org.jixiao.targets.TargetSubmission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Configured chains (issue 13 §1) on the real engine and database: a four-step chain through two finance desks, a
 * configuration changed mid-run, 否决, a step that may not return, and withdrawal at a first step that is not the
 * unit leader's. Fiscal year 2030 (targets only, no rounds; TargetRaceApiTest approves its own there on the default
 * chain); every chain saved is deleted again afterwards.
 */
@IntegrationTest
class ApprovalChainProcessTest {
    static final int YEAR = 2030;

    @Autowired TargetService targets;
    @Autowired TargetSubmission submission;
    @Autowired ReviewService reviews;
    @Autowired ApprovalChains chains;
    @Autowired StepRules stepRules;
    @Autowired OrgDirectory directory;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired JdbcTemplate jdbc;

    private AddedOrgNodes added;
    private Long businessDesk;
    private Long performanceDesk;
    private Long department;
    private Long previousInCharge;

    @BeforeEach
    void desks() {
        added = AddedOrgNodes.from(jdbc);
        CurrentUser staff = user("staff");
        Long bureau = staff.financeBureauId();
        OrgNode dept = directory.nearest(staff.orgId(), OrgKind.DEPARTMENT).orElseThrow();
        department = dept.getId();
        previousInCharge = dept.getInChargeDeskId();
        businessDesk = desk(bureau, "链测业务科室", "chain-biz");
        performanceDesk = desk(bureau, "链测绩效科", "chain-perf");
        jdbc.update("UPDATE org_node SET in_charge_desk_id = ? WHERE id = ?", businessDesk, department);
    }

    @AfterEach
    void restore() {
        jdbc.update("DELETE FROM approval_chain_step WHERE fiscal_year = ?", YEAR);
        jdbc.update("DELETE FROM approval_chain WHERE fiscal_year = ?", YEAR);
        jdbc.update("UPDATE org_node SET in_charge_desk_id = ? WHERE id = ?", previousInCharge, department);
        added.remove();
    }

    @Test
    void fourStepChainThroughTheDeskInChargeAndThePerformanceDesk() {
        configure(List.of(step("unit", "单位负责人审核", "UNIT_LEADER", "UNIT", null, false, null, true, false),
                step("department", "主管部门审核", "DEPT_REVIEWER", "DEPARTMENT", null, false, null, true, false),
                step("business", "财政业务科室审核", "FINANCE_REVIEWER", "DESK", null, false, 5, true, false),
                step("performance", "财政绩效科审核", "FINANCE_REVIEWER", "DESK", performanceDesk, true, 3, true, true)));
        Long id = draft("四环节");
        submission.submit(user("staff"), id);
        assertStep(id, TargetStatus.UNIT_REVIEW, "单位负责人审核", "UNIT_LEADER:");
        assertThat(stepRules.upcomingSteps(TargetService.SUBJECT_TYPE, id)).extracting(StepRules.UpcomingStep::name)
                .containsExactly("主管部门审核", "财政业务科室审核", "财政绩效科审核");
        approve("leader", id, "同意");
        assertStep(id, TargetStatus.DEPT_REVIEW, "主管部门审核", "DEPT_REVIEWER:");
        approve("dept", id, "同意");

        assertStep(id, TargetStatus.FINANCE_REVIEW, "财政业务科室审核", "FINANCE_REVIEWER:" + businessDesk);
        assertThat(reviews.openTaskFor(user("finance"), TargetService.SUBJECT_TYPE, id))
                .as("the bureau's reviewers do not hold a desk's step").isEmpty();
        assertThat(reviews.openTaskFor(user("chain-perf"), TargetService.SUBJECT_TYPE, id)).isEmpty();
        String businessTask = task(user("chain-biz"), id);
        assertThat(stepRules.slaDays(businessTask)).isEqualTo(5);
        assertThat(stepRules.gradingRequired(businessTask)).isFalse();
        assertThat(jdbc.queryForObject("SELECT candidate_group FROM review_task WHERE task_id = ?", String.class,
                businessTask)).as("inbox read model").isEqualTo("FINANCE_REVIEWER:" + businessDesk);
        assertThat(stepRules.upcomingSteps(TargetService.SUBJECT_TYPE, id)).extracting(StepRules.UpcomingStep::key)
                .containsExactly("performance");
        approve("chain-biz", id, "同意");

        assertStep(id, TargetStatus.FINANCE_REVIEW, "财政绩效科审核", "FINANCE_REVIEWER:" + performanceDesk);
        CurrentUser perf = user("chain-perf");
        String perfTask = task(perf, id);
        assertThat(stepRules.gradingRequired(perfTask)).isTrue();
        assertThat(stepRules.opinionRequired(perfTask)).isTrue();
        assertThat(stepRules.slaDays(perfTask)).isEqualTo(3);
        assertThatThrownBy(() -> reviews.approve(perfTask, perf, " "))
                .isInstanceOf(ValidationException.class).hasMessageContaining("必须填写审核意见");
        reviews.approve(perfTask, perf, "目标明确，同意");
        assertThat(status(id)).isEqualTo(TargetStatus.APPROVED);
        assertThat(endOf(id)).isEqualTo("EndEvent_TargetApproved");
        assertThat(stepRules.upcomingSteps(TargetService.SUBJECT_TYPE, id)).isEmpty();
    }

    @Test
    void aChangedConfigurationNeverAltersAReviewUnderWay() {
        configure(List.of(step("unit", "单位负责人审核", "UNIT_LEADER", "UNIT", null, false, null, true, false),
                step("finance", "财政局终审", "FINANCE_REVIEWER", "FINANCE", null, false, null, true, false)));
        Long running = draft("配置变更前送审");
        submission.submit(user("staff"), running);

        int version = chains.inForce(user("staff").financeBureauId(), YEAR,
                org.jixiao.approval.chain.ChainType.TARGET_PROJECT).version();
        chains.save(user("admin"), YEAR, "TARGET_PROJECT", List.of(
                step("unit", "单位负责人审核", "UNIT_LEADER", "UNIT", null, false, null, true, false),
                step("department", "主管部门审核", "DEPT_REVIEWER", "DEPARTMENT", null, false, null, true, false),
                step("business", "财政业务科室审核", "FINANCE_REVIEWER", "DESK", null, false, null, true, false)), version);

        approve("leader", running, "同意");
        assertStep(running, TargetStatus.FINANCE_REVIEW, "财政局终审", "FINANCE_REVIEWER:");
        approve("finance", running, "同意");
        assertThat(status(running)).isEqualTo(TargetStatus.APPROVED);

        Long later = draft("配置变更后送审");
        submission.submit(user("staff"), later);
        assertThat(stepRules.upcomingSteps(TargetService.SUBJECT_TYPE, later)).extracting(StepRules.UpcomingStep::key)
                .containsExactly("department", "business");
    }

    @Test
    void rejectedIsFinal() {
        Long id = draft("否决");
        submission.submit(user("staff"), id);
        CurrentUser leader = user("leader");
        String taskId = task(leader, id);
        assertThat(reviews.task(taskId, leader).decisions().stream().map(Enum::name))
                .containsExactlyInAnyOrder("APPROVE", "RETURN", "REJECT");
        assertThatThrownBy(() -> reviews.reject(taskId, leader, "")).isInstanceOf(ValidationException.class);
        reviews.reject(taskId, leader, "立项依据不足，不予安排");
        assertThat(status(id)).isEqualTo(TargetStatus.REJECTED);
        assertThat(endOf(id)).isEqualTo("EndEvent_TargetRejected");
        assertThatThrownBy(() -> submission.submit(user("staff"), id)).isInstanceOf(ConflictException.class);
        assertThat(targets.history(user("staff"), id).get(1).getAction().name()).isEqualTo("REJECT");
    }

    @Test
    void aStepWithoutReturnAndWithdrawalAtAFirstStepAboveTheUnit() {
        configure(List.of(step("department", "主管部门初审", "DEPT_REVIEWER", "DEPARTMENT", null, false, null, false, false),
                step("finance", "财政局审核", "FINANCE_REVIEWER", "FINANCE", null, false, null, true, false)));
        Long id = draft("不可退回");
        submission.submit(user("staff"), id);
        assertStep(id, TargetStatus.DEPT_REVIEW, "主管部门初审", "DEPT_REVIEWER:");
        CurrentUser dept = user("dept");
        String taskId = task(dept, id);
        assertThat(reviews.task(taskId, dept).decisions().stream().map(Enum::name)).doesNotContain("RETURN");
        assertThatThrownBy(() -> reviews.returnToDrafter(taskId, dept, "请修改"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("不能退回");

        submission.withdraw(user("staff"), id);
        assertThat(status(id)).isEqualTo(TargetStatus.DRAFT);
        submission.submit(user("staff"), id);
        approve("dept", id, "同意");
        assertThatThrownBy(() -> submission.withdraw(user("staff"), id)).isInstanceOf(ConflictException.class);
        assertThat(status(id)).isEqualTo(TargetStatus.FINANCE_REVIEW);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM approval_chain_run WHERE subject_type = 'TARGET' "
                + "AND subject_id = ?", Integer.class, id)).as("one run per submission").isEqualTo(2);
    }

    private void configure(List<StepDraft> steps) {
        chains.save(user("admin"), YEAR, "TARGET_PROJECT", steps, 0);
    }

    static StepDraft step(String key, String name, String role, String level, Long desk, boolean grading,
                          Integer sla, boolean mayReturn, boolean opinion) {
        return new StepDraft(key, name, role, level, desk, grading, sla, mayReturn, opinion);
    }

    private Long desk(Long bureau, String name, String username) {
        jdbc.update("INSERT INTO org_node (parent_id, kind, name) VALUES (?, 'DESK', ?)", bureau, name);
        Long desk = jdbc.queryForObject("SELECT MAX(id) FROM org_node", Long.class);
        jdbc.update("INSERT INTO app_user (username, password_hash, display_name, org_id, enabled) "
                + "SELECT ?, password_hash, ?, ?, TRUE FROM app_user WHERE username = 'finance'", username, name, desk);
        jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, 'FINANCE_REVIEWER' FROM app_user "
                + "WHERE username = ?", username);
        return desk;
    }

    private void assertStep(Long id, TargetStatus status, String name, String group) {
        assertThat(status(id)).isEqualTo(status);
        Task task = taskService.createTaskQuery().processDefinitionKey(TargetReviewSubjects.PROCESS_KEY)
                .processInstanceBusinessKey(id.toString()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_Review");
        assertThat(task.getName()).isEqualTo(name);
        assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).startsWith(group));
    }

    private void approve(String username, Long id, String opinion) {
        CurrentUser reviewer = user(username);
        reviews.approve(task(reviewer, id), reviewer, opinion);
    }

    private String task(CurrentUser reviewer, Long id) {
        return reviews.openTaskFor(reviewer, TargetService.SUBJECT_TYPE, id).map(ReviewTask::id).orElseThrow(
                () -> new AssertionError(reviewer.username() + " has no task for target " + id));
    }

    private String endOf(Long id) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TargetReviewSubjects.PROCESS_KEY)
                .processInstanceBusinessKey(id.toString()).finished().orderByProcessInstanceEndTime().desc().list()
                .get(0).getEndActivityId();
    }

    private TargetStatus status(Long id) {
        return targets.get(user("finance"), id).getStatus();
    }

    private CurrentUser user(String username) {
        return directory.currentUser(username).orElseThrow();
    }

    private Long draft(String name) {
        PerformanceTarget t = TargetApprovalProcessTest.target("链" + name);
        t.setFiscalYear(YEAR);
        t.setProjectCode("CHAIN-" + Math.abs((name + System.nanoTime()).hashCode()));
        return targets.create(user("staff"), t).getId();
    }
}
