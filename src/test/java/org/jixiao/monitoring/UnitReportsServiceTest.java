package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jixiao.approval.ReviewService;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The workbench's monitoring queries: the unit's reports still waiting for it (with 催办, reminder and overdue),
 * and the reviewers' progress per open round, each limited to the caller's scope. Fiscal years 2018–2019 are this test's.
 */
@IntegrationTest
class UnitReportsServiceTest {
    private static final int YEAR = 2018;

    @Autowired UnitReportsService service;
    @Autowired MonitoringRoundService rounds;
    @Autowired MonitoringReportService reports;
    @Autowired ReportReviews reportReviews;
    @Autowired ReportDeadlines deadlines;
    @Autowired OrgDirectory directory;
    @Autowired TestRestTemplate rest;
    @Autowired ReviewService reviews;

    private CurrentUser user(String name) {
        return directory.currentUser(name).orElseThrow();
    }

    private List<PendingReport> pendingIn(String user, Long roundId) {
        return service.pendingForUnit(user(user)).stream().filter(r -> r.roundId().equals(roundId)).toList();
    }

    private MonitoringRoundProgress progressOf(String user, Long roundId) {
        return service.openRoundsInScope(user(user)).stream().filter(r -> r.roundId().equals(roundId)).findFirst()
                .orElse(null);
    }

    @Test
    void pendingReportsAndRoundProgressPerScope() {
        MonitoringSetup setup = new MonitoringSetup(rest, rounds);
        long first = setup.approvedTarget(YEAR, "工作台监控项目甲", "450001");
        long second = setup.approvedTarget(YEAR, "工作台监控项目乙", "450001");
        long korla = setup.approvedTarget(YEAR, "工作台监控项目（库尔勒）", "460001");
        CurrentUser finance = user("finance");
        MonitoringRoundSummary round = setup.openRound(finance, YEAR);

        List<PendingReport> staff = pendingIn("staff", round.id());
        assertThat(staff).extracting(PendingReport::targetName).containsExactly("工作台监控项目甲", "工作台监控项目乙");
        PendingReport fresh = staff.get(0);
        assertThat(fresh.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(fresh.fiscalYear()).isEqualTo(YEAR);
        assertThat(fresh.cutoffMonth()).isEqualTo(6);
        assertThat(fresh.dueDate()).isEqualTo(LocalDate.of(YEAR, 7, 15));
        assertThat(fresh.overdue()).isFalse();
        assertThat(fresh.urgeCount()).isZero();
        assertThat(fresh.remindedAt()).isNull();
        assertThat(pendingIn("staff2", round.id())).extracting(PendingReport::targetName)
                .containsExactly("工作台监控项目（库尔勒）");
        // reviewers fill nothing; staff see no round lines
        assertThat(pendingIn("leader", round.id())).isEmpty();
        assertThat(pendingIn("dept", round.id())).isEmpty();
        assertThat(service.openRoundsInScope(user("staff"))).isEmpty();
        assertThat(service.openRoundsInScope(user("leader"))).isEmpty();

        // 催办 by finance, the round's reminder, then the due date passes
        Long firstReport = reportOf(round.id(), first);
        reportReviews.urge(finance, firstReport, "请尽快报送");
        reportReviews.urge(user("dept"), firstReport, null);
        deadlines.remindUnsubmitted(round.id());
        deadlines.markOverdue(round.id());
        PendingReport urged = pendingIn("staff", round.id()).get(0);
        assertThat(urged.id()).isEqualTo(firstReport);
        assertThat(urged.urgeCount()).isEqualTo(2);
        assertThat(urged.remindedAt()).isNotNull();
        assertThat(urged.overdue()).isTrue();

        // the second report is handed in late: it leaves the unit's list, and counts as submitted (and overdue)
        Long secondReport = reportOf(round.id(), second);
        CurrentUser staffUser = user("staff");
        ReportDetail saved = reports.save(staffUser, secondReport,
                MonitoringSetup.input(reports.get(staffUser, secondReport), "100", null));
        reports.submit(staffUser, secondReport, saved.report().getVersion());
        assertThat(pendingIn("staff", round.id())).extracting(PendingReport::id).containsExactly(firstReport);

        assertThat(progressOf("dept", round.id())).isEqualTo(
                new MonitoringRoundProgress(round.id(), YEAR, 6, LocalDate.of(YEAR, 7, 15), 2, 1, 2));
        assertThat(progressOf("dept2", round.id())).isEqualTo(
                new MonitoringRoundProgress(round.id(), YEAR, 6, LocalDate.of(YEAR, 7, 15), 1, 0, 1));
        MonitoringRoundProgress all = progressOf("finance", round.id());
        assertThat(all.total()).isEqualTo(round.total()).isEqualTo(3);
        assertThat(all.submitted()).isEqualTo(1);
        assertThat(all.overdue()).isEqualTo(3);
        assertThat(korla).isPositive();
    }

    @Test
    void aReturnedReportWaitsForTheUnitAgain() {
        int year = YEAR + 1;
        MonitoringSetup setup = new MonitoringSetup(rest, rounds);
        long target = setup.approvedTarget(year, "工作台退回项目", "450001");
        MonitoringRoundSummary round = setup.openRound(user("finance"), year);
        Long id = reportOf(round.id(), target);
        CurrentUser staff = user("staff");
        ReportDetail saved = reports.save(staff, id, MonitoringSetup.input(reports.get(staff, id), "100", null));
        reports.submit(staff, id, saved.report().getVersion());
        assertThat(pendingIn("staff", round.id())).isEmpty();
        assertThat(progressOf("dept", round.id()).submitted()).isEqualTo(1);

        CurrentUser leader = user("leader");
        String task = reports.get(leader, id).openTask().orElseThrow().id();
        reviews.returnToDrafter(task, leader, "执行数请与国库数据核对");
        assertThat(pendingIn("staff", round.id())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReportStatus.RETURNED));
        assertThat(progressOf("dept", round.id()).submitted()).isZero();
    }

    private Long reportOf(Long roundId, long targetId) {
        return reports.list(user("finance"), roundId).stream().filter(r -> r.targetId() == targetId)
                .map(ReportSummary::id).findFirst().orElseThrow();
    }
}
