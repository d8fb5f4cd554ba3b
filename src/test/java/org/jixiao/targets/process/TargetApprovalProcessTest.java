package org.jixiao.targets.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jixiao.approval.ReviewAction;
import org.jixiao.approval.ReviewEvent;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.support.IntegrationTest;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.SpendingPlanPoint;
import org.jixiao.targets.TargetKind;
import org.jixiao.targets.TargetService;
import org.jixiao.targets.TargetSubmission;
import org.jixiao.targets.TargetStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/target-approval.bpmn on the real engine and database. */
@IntegrationTest
class TargetApprovalProcessTest {

    @Autowired TargetService targets;

    @Autowired TargetSubmission submission;
    @Autowired ReviewService reviews;
    @Autowired OrgDirectory directory;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired RepositoryService repositoryService;

    @Test
    void deployedOnceWithHistoryTimeToLive() {
        var definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(TargetReviewSubjects.PROCESS_KEY).latestVersion().singleResult();
        assertThat(definition).isNotNull();
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
        assertThat(definition.getResourceName()).isEqualTo("target-approval.bpmn");
    }

    @Test
    void approvedThroughTheWholeChain() {
        Long id = draft("全程通过");
        submission.submit(user("staff"), id);
        assertStep(id, TargetStatus.UNIT_REVIEW, "单位负责人审核", "UNIT_LEADER:");
        approve("leader", id);
        assertStep(id, TargetStatus.DEPT_REVIEW, "主管部门审核", "DEPT_REVIEWER:");
        approve("dept", id);
        assertStep(id, TargetStatus.FINANCE_REVIEW, "财政局审核", "FINANCE_REVIEWER:");
        approve("finance", id);
        assertThat(status(id)).isEqualTo(TargetStatus.APPROVED);
        assertThat(instanceOf(id)).isNull();
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TargetReviewSubjects.PROCESS_KEY).processInstanceBusinessKey(id.toString())
                .finished().singleResult().getEndActivityId()).isEqualTo("EndEvent_TargetApproved");
        assertThatThrownBy(() -> targets.update(user("staff"), id, targets.get(user("staff"), id)))
                .isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void returnedAtEachStepThenResubmittedFromTheStart(int approvalsBeforeReturn) {
        Long id = draft("退回路径 " + approvalsBeforeReturn);
        submission.submit(user("staff"), id);
        List<String> chain = List.of("leader", "dept", "finance");
        for (int i = 0; i < approvalsBeforeReturn; i++) {
            approve(chain.get(i), id);
        }
        CurrentUser returner = user(chain.get(approvalsBeforeReturn));
        reviews.returnToDrafter(task(returner, id), returner, "请补充满意度调查依据");
        assertThat(status(id)).isEqualTo(TargetStatus.RETURNED);
        assertThat(instanceOf(id)).isNull();
        assertThat(targets.lastReturn(user("staff"), id).getOpinion()).isEqualTo("请补充满意度调查依据");
        assertThat(targets.lastReturn(user("staff"), id).getActorUsername()).isEqualTo(chain.get(approvalsBeforeReturn));

        PerformanceTarget returned = targets.get(user("staff"), id);
        returned.setGoals("已按意见补充满意度调查依据。");
        targets.update(user("staff"), id, returned);
        submission.submit(user("staff"), id);
        assertStep(id, TargetStatus.UNIT_REVIEW, "单位负责人审核", "UNIT_LEADER:");
        List<ReviewAction> actions = targets.history(user("staff"), id).stream().map(ReviewEvent::getAction).toList();
        assertThat(actions).endsWith(ReviewAction.RETURN, ReviewAction.SUBMIT);
        assertThat(targets.history(user("staff"), id).get(actions.size() - 1).getStep()).isEqualTo("RETURNED");
    }

    @Test
    void withdrawnBeforeTheUnitLeaderActs() {
        Long id = draft("撤回");
        submission.submit(user("staff"), id);
        submission.withdraw(user("staff"), id);
        assertThat(status(id)).isEqualTo(TargetStatus.DRAFT);
        assertThat(instanceOf(id)).isNull();
        assertThat(reviews.openTaskFor(user("leader"), TargetService.SUBJECT_TYPE, id)).isEmpty();
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TargetReviewSubjects.PROCESS_KEY).processInstanceBusinessKey(id.toString())
                .finished().singleResult().getEndActivityId()).isEqualTo("EndEvent_SubmissionWithdrawn");

        submission.submit(user("staff"), id);
        approve("leader", id);
        assertThatThrownBy(() -> submission.withdraw(user("staff"), id)).isInstanceOf(ConflictException.class);
        assertThat(status(id)).isEqualTo(TargetStatus.DEPT_REVIEW);
    }

    @Test
    void cannotSubmitTwiceNorReturnWithoutOpinion() {
        Long id = draft("重复送审");
        submission.submit(user("staff"), id);
        assertThatThrownBy(() -> submission.submit(user("staff"), id)).isInstanceOf(ConflictException.class);
        CurrentUser leader = user("leader");
        String taskId = task(leader, id);
        assertThatThrownBy(() -> reviews.returnToDrafter(taskId, leader, "  "))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).field()).isEqualTo("opinion"));
        assertThat(status(id)).isEqualTo(TargetStatus.UNIT_REVIEW);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TargetReviewSubjects.PROCESS_KEY).processInstanceBusinessKey(id.toString()).count()).isEqualTo(1);
    }

    @Test
    void failedChecksStartNoProcess() {
        PerformanceTarget incomplete = target("缺指标");
        incomplete.getIndicators().clear();
        Long id = targets.create(user("staff"), incomplete).getId();
        assertThatThrownBy(() -> submission.submit(user("staff"), id)).isInstanceOf(ValidationException.class);
        assertThat(status(id)).isEqualTo(TargetStatus.DRAFT);
        assertThat(instanceOf(id)).isNull();
        assertThat(targets.history(user("staff"), id)).isEmpty();
    }

    @Test
    void processVariablesHoldIdsAndDecisionsOnly() {
        Long id = draft("变量检查");
        submission.submit(user("staff"), id);
        var variables = runtimeService.getVariables(instanceOf(id));
        assertThat(variables).containsOnlyKeys("unitId", "departmentId", "financeBureauId", "chainRunId", "stepIndex");
        approve("leader", id);
        assertThat(runtimeService.getVariables(instanceOf(id))).containsEntry("decision", "APPROVE");
    }

    /** The default chain runs in the one review loop: the step shows in the task's name, not its BPMN id. */
    private void assertStep(Long id, TargetStatus status, String taskName, String groupPrefix) {
        assertThat(status(id)).isEqualTo(status);
        Task task = taskService.createTaskQuery().processDefinitionKey(TargetReviewSubjects.PROCESS_KEY).processInstanceBusinessKey(id.toString()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_Review");
        assertThat(task.getName()).isEqualTo(taskName);
        assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).startsWith(groupPrefix));
    }

    private void approve(String username, Long id) {
        CurrentUser reviewer = user(username);
        reviews.approve(task(reviewer, id), reviewer, "同意");
    }

    private String task(CurrentUser reviewer, Long id) {
        return reviews.openTaskFor(reviewer, TargetService.SUBJECT_TYPE, id).map(ReviewTask::id).orElseThrow(
                () -> new AssertionError(reviewer.username() + " has no task for target " + id));
    }

    private String instanceOf(Long id) {
        var instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(TargetReviewSubjects.PROCESS_KEY).processInstanceBusinessKey(id.toString()).singleResult();
        return instance == null ? null : instance.getId();
    }

    private TargetStatus status(Long id) {
        return targets.get(user("finance"), id).getStatus();
    }

    private CurrentUser user(String username) {
        return directory.currentUser(username).orElseThrow();
    }

    private Long draft(String name) {
        return targets.create(user("staff"), target(name)).getId();
    }

    static PerformanceTarget target(String name) {
        PerformanceTarget t = new PerformanceTarget();
        t.setKind(TargetKind.PROJECT);
        t.setFiscalYear(2025);
        t.setProjectCode("PROC-" + name.hashCode());
        t.setName(name);
        t.setFiscalFunds(new BigDecimal("40.00"));
        t.setOtherFunds(BigDecimal.ZERO);
        t.setGoals("建设完善视频监控软硬件平台。");
        t.setSpendingPlan(new java.util.ArrayList<>(List.of(new SpendingPlanPoint(6, new BigDecimal("50")),
                new SpendingPlanPoint(12, new BigDecimal("100")))));
        t.getIndicators().add(indicator("产出指标", "数量指标", "维修视频监控", "≥5次", "50"));
        t.getIndicators().add(indicator("效益指标", "经济效益指标", "数据共享率", "=100%", "30"));
        t.getIndicators().add(indicator("满意度指标", "服务对象满意度指标", "参会人员满意度", "≥95%", "10"));
        return t;
    }

    private static Indicator indicator(String level1, String level2, String name, String value, String weight) {
        Indicator i = new Indicator();
        i.setLevel1(level1);
        i.setLevel2(level2);
        i.setName(name);
        i.setValueText(value);
        i.setWeight(new BigDecimal(weight));
        return i;
    }
}
