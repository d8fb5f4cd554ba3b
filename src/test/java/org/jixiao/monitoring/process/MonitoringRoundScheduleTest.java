package org.jixiao.monitoring.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.jixiao.approval.ReviewAction;
import org.jixiao.approval.ReviewEvent;
import org.jixiao.monitoring.MonitoringReportService;
import org.jixiao.monitoring.MonitoringRoundService;
import org.jixiao.monitoring.ReportSummary;
import org.jixiao.monitoring.MonitoringRoundStatus;
import org.jixiao.monitoring.MonitoringRoundSummary;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.rounds.process.RoundDeadlines;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.RoundFixtures;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetService;
import org.jixiao.targets.TargetSubmission;
import org.jixiao.targets.TargetStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The round's deadline process: one reminder timer and one overdue timer per round (not per report), firing in
 * bulk on the reports still with their units. The job executor is off in tests, so the timers are fired here.
 */
@IntegrationTest
class MonitoringRoundScheduleTest {
    @Autowired
    MonitoringRoundService rounds;
    @Autowired
    MonitoringReportService reports;
    @Autowired
    TargetService targets;
    @Autowired TargetSubmission submission;
    @Autowired
    OrgDirectory directory;
    @Autowired
    ManagementService management;

    @Test
    void remindsBeforeTheDueDateAndMarksOverdueAfterIt() {
        int year = 2038;
        CurrentUser staff = directory.currentUser("staff").orElseThrow();
        CurrentUser finance = directory.currentUser("finance").orElseThrow();
        for (int i = 0; i < 3; i++) {
            PerformanceTarget draft = new PerformanceTarget();
            draft.setKind(org.jixiao.targets.TargetKind.PROJECT);
            draft.setFiscalYear(year);
            draft.setName("截止提醒项目 " + i);
            draft.setFiscalFunds(new java.math.BigDecimal("10.00"));
            PerformanceTarget created = targets.create(staff, draft);
            submission.moveTo(created.getId(), TargetStatus.APPROVED);
        }
        LocalDate due = LocalDate.of(year, 7, 15);
        MonitoringRoundSummary round = rounds.open(finance, year, 6, due, null);
        RoundFixtures.awaitValue(() -> rounds.get(finance, round.id()), r -> r.status() == MonitoringRoundStatus.OPEN,
                "round " + round.id() + " OPEN");
        List<ReportSummary> all = reports.list(finance, round.id());
        assertThat(all).hasSize(3);

        Job reminder = timer(round.id());
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(
                LocalDateTime.of(year, 7, 12, 9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        management.executeJob(reminder.getId());
        assertThat(events(all.get(0).id())).extracting(ReviewEvent::getAction).containsExactly(ReviewAction.REMIND);
        assertThat(reports.get(staff, all.get(0).id()).report().getRemindedAt()).isNotNull();

        Job deadline = timer(round.id());
        assertThat(deadline.getDuedate().toInstant()).isEqualTo(
                LocalDate.of(year, 7, 16).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        management.executeJob(deadline.getId());
        assertThat(rounds.get(finance, round.id()).overdue()).isEqualTo(3);
        assertThat(reports.list(finance, round.id())).allMatch(ReportSummary::overdue);
        assertThat(events(all.get(2).id())).extracting(ReviewEvent::getAction)
                .containsExactly(ReviewAction.REMIND, ReviewAction.OVERDUE);
        assertThat(management.createJobQuery().processInstanceId(reminder.getProcessInstanceId()).count()).isZero();
    }

    private Job timer(Long roundId) {
        List<Job> jobs = management.createJobQuery().timers()
                .processDefinitionKey(RoundDeadlines.PROCESS_KEY).list();
        return jobs.stream().filter(j -> isRound(j, roundId)).findFirst().orElseThrow();
    }

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    private boolean isRound(Job job, Long roundId) {
        return runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
                .processInstanceBusinessKey(RoundDeadlines.businessKey("Monitoring", roundId)).count() == 1;
    }

    private List<ReviewEvent> events(Long reportId) {
        return reports.history(directory.currentUser("finance").orElseThrow(), reportId);
    }
}
