package org.jixiao.rounds.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.jixiao.approval.ReviewAction;
import org.jixiao.approval.ReviewEvent;
import org.jixiao.evaluation.SelfEvaluationService;
import org.jixiao.evaluation.SelfEvaluationSummary;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.RoundFixtures;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Every kind of round has a deadline (processes/round-deadlines.bpmn), evaluation rounds too: one reminder timer
 * and one overdue timer per round, firing in bulk on the items still with their units. Monitoring's own case is
 * MonitoringRoundScheduleTest. The job executor is off in tests, so the timers are fired here. Fiscal year 2054.
 */
@IntegrationTest
class RoundDeadlinesTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    SelfEvaluationService evaluations;
    @Autowired
    OrgDirectory directory;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    @Test
    void anEvaluationRoundRemindsBeforeItsDueDateAndMarksOverdueAfterIt() {
        int year = 2054;
        TargetFixtures.approved(rest, year, "自评截止提醒项目甲");
        TargetFixtures.approved(rest, year, "自评截止提醒项目乙");
        long roundId = RoundFixtures.openRoundAndAwait(rest, "/api/evaluation-rounds",
                Map.of("fiscalYear", year, "dueDate", (year + 1) + "-03-31")).get("id").asLong();
        CurrentUser finance = directory.currentUser("finance").orElseThrow();
        List<SelfEvaluationSummary> all = evaluations.list(finance, roundId);
        assertThat(all).hasSize(2);

        Job reminder = timer(roundId);
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(
                LocalDateTime.of(year + 1, 3, 28, 9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        management.executeJob(reminder.getId());
        assertThat(events(all.get(0).id())).extracting(ReviewEvent::getAction).containsExactly(ReviewAction.REMIND);
        assertThat(events(all.get(0).id()).get(0).getOpinion()).contains((year + 1) + "-03-31");

        Job deadline = timer(roundId);
        assertThat(deadline.getDuedate().toInstant()).isEqualTo(
                LocalDate.of(year + 1, 4, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        management.executeJob(deadline.getId());
        assertThat(events(all.get(1).id())).extracting(ReviewEvent::getAction)
                .containsExactly(ReviewAction.REMIND, ReviewAction.OVERDUE);
        assertThat(management.createJobQuery().processInstanceId(reminder.getProcessInstanceId()).count()).isZero();
    }

    /** The round's one pending timer (the deadline process waits on one at a time). */
    private Job timer(Long roundId) {
        String processInstance = runtime.createProcessInstanceQuery().processDefinitionKey(RoundDeadlines.PROCESS_KEY)
                .processInstanceBusinessKey(RoundDeadlines.businessKey("Evaluation", roundId)).singleResult().getId();
        return management.createJobQuery().timers().processInstanceId(processInstance).singleResult();
    }

    private List<ReviewEvent> events(Long evaluationId) {
        return evaluations.history(directory.currentUser("finance").orElseThrow(), evaluationId);
    }
}
