package org.jixiao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.jixiao.approval.ReviewService;
import org.jixiao.evaluation.EvaluationRoundService;
import org.jixiao.evaluation.EvaluationRoundStatus;
import org.jixiao.evaluation.EvaluationRoundSummary;
import org.jixiao.evaluation.SelfEvaluationDetail;
import org.jixiao.evaluation.SelfEvaluationService;
import org.jixiao.evaluation.SelfEvaluationStatus;
import org.jixiao.evaluation.SelfEvaluationSummary;
import org.jixiao.monitoring.MonitoringReportService;
import org.jixiao.monitoring.MonitoringRoundService;
import org.jixiao.monitoring.ReportDetail;
import org.jixiao.monitoring.ReportStatus;
import org.jixiao.monitoring.ReportSummary;
import org.jixiao.monitoring.MonitoringRoundStatus;
import org.jixiao.monitoring.MonitoringRoundSummary;
import org.jixiao.monitoring.lights.Light;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.support.IntegrationTest;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetService;
import org.jixiao.targets.TargetStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The seed targets are loaded whole, and each demo status is where the real process stands. */
@IntegrationTest
class DemoDataTest {
    private static final Map<TargetStatus, String> OPEN_TASK = Map.of(
            TargetStatus.UNIT_REVIEW, "单位负责人审核",
            TargetStatus.DEPT_REVIEW, "主管部门审核",
            TargetStatus.FINANCE_REVIEW, "财政局审核");

    @Autowired TargetService targets;
    @Autowired OrgDirectory directory;
    @Autowired TaskService taskService;
    @Autowired MonitoringRoundService rounds;
    @Autowired MonitoringReportService reports;
    @Autowired ReviewService reviewService;
    @Autowired EvaluationRoundService evaluationRounds;
    @Autowired SelfEvaluationService evaluations;

    @Test
    void seed001ProjectsAndSeed002DepartmentTargetAreLoaded() {
        CurrentUser finance = directory.currentUser("finance").orElseThrow();
        List<PerformanceTarget> seed001 = targets.list(finance, 2024, null).stream()
                .filter(t -> "450001".equals(t.getUnitCode()) && t.getProjectCode() != null
                        && t.getProjectCode().startsWith("13022524P")).toList();
        assertThat(seed001).hasSize(9);
        PerformanceTarget expert = targets.get(finance, seed001.stream()
                .filter(t -> t.getProjectCode().equals("13022524P00CL0E10035D")).findFirst().orElseThrow().getId());
        assertThat(expert.getName()).isEqualTo("安全生产专家会诊服务费");
        assertThat(expert.getFiscalFunds()).isEqualByComparingTo("200.00");
        assertThat(expert.getIndicators()).hasSize(9);
        assertThat(expert.getSpendingPlan()).extracting(p -> p.month()).containsExactly(3, 6, 10, 12);
        Indicator reviews = expert.getIndicators().get(0);
        assertThat(reviews.getName()).isEqualTo("组织专家审查次数");
        assertThat(reviews.getValueText()).isEqualTo("≥12次");
        assertThat(reviews.getValue()).isEqualByComparingTo("12");

        CurrentUser staff2 = directory.currentUser("staff2").orElseThrow();
        PerformanceTarget korla = targets.list(staff2, 2021, null).stream().findFirst().orElseThrow();
        PerformanceTarget overall = targets.get(staff2, korla.getId());
        assertThat(overall.getUnitCode()).isEqualTo("460001");
        assertThat(overall.getTasks()).hasSize(10);
        assertThat(overall.totalFunds()).isEqualByComparingTo("1377.88");
        assertThat(overall.getIndicators()).extracting(Indicator::getValueText).contains("-100%", "≤11.56万元", "有效降低");
        assertThat(overall.getStatus()).isEqualTo(TargetStatus.APPROVED);
    }

    @Test
    void demoStatusesAreAMixAndMatchTheEngine() {
        CurrentUser finance = directory.currentUser("finance").orElseThrow();
        List<PerformanceTarget> all = targets.list(finance, 2024, null).stream()
                .filter(t -> t.getProjectCode() != null && t.getProjectCode().startsWith("13022524P")).toList();
        Map<TargetStatus, Long> byStatus = all.stream()
                .collect(Collectors.groupingBy(PerformanceTarget::getStatus, Collectors.counting()));
        assertThat(byStatus).containsKeys(TargetStatus.APPROVED, TargetStatus.DRAFT, TargetStatus.UNIT_REVIEW,
                TargetStatus.DEPT_REVIEW, TargetStatus.FINANCE_REVIEW, TargetStatus.RETURNED);
        for (PerformanceTarget t : all) {
            // report processes use report ids as business keys, which can equal a target id
            var open = taskService.createTaskQuery().processDefinitionKey("TargetApprovalProcess")
                    .processInstanceBusinessKey(t.getId().toString()).list();
            if (OPEN_TASK.containsKey(t.getStatus())) {
                assertThat(open).singleElement()
                        .satisfies(task -> assertThat(task.getName()).isEqualTo(OPEN_TASK.get(t.getStatus())));
            } else {
                assertThat(open).as("no open task for %s (%s)", t.getName(), t.getStatus()).isEmpty();
            }
            BigDecimal weights = targets.get(finance, t.getId()).getIndicators().stream()
                    .map(Indicator::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(weights).isEqualByComparingTo("90");
        }
        PerformanceTarget returned = all.stream().filter(t -> t.getStatus() == TargetStatus.RETURNED).findFirst().orElseThrow();
        CurrentUser staff = directory.currentUser("staff").orElseThrow();
        assertThat(targets.lastReturn(staff, returned.getId()).getOpinion()).isNotBlank();
    }

    @Test
    void demoMonitoringRoundIsOpenWithASubmittedRedReportAndADraft() {
        CurrentUser finance = directory.currentUser("finance").orElseThrow();
        CurrentUser staff = directory.currentUser("staff").orElseThrow();
        MonitoringRoundSummary round = rounds.list(finance, 2024).stream().filter(r -> r.cutoffMonth() == 6).findFirst()
                .orElseThrow();
        assertThat(round.status()).isEqualTo(MonitoringRoundStatus.OPEN);
        assertThat(round.dueDate()).isEqualTo(LocalDate.of(2024, 7, 15));
        assertThat(round.allDepartments()).isTrue();
        List<String> approved = targets.list(finance, 2024, TargetStatus.APPROVED).stream()
                .filter(t -> t.getProjectCode() != null && t.getProjectCode().startsWith("13022524P"))
                .map(PerformanceTarget::getName).toList();
        assertThat(approved).contains("安全生产专家会诊服务费", "应急保障");
        List<ReportSummary> mine = reports.list(staff, round.id());
        assertThat(mine).extracting(ReportSummary::targetName).containsAll(approved);

        ReportSummary red = mine.stream().filter(r -> r.targetName().equals("安全生产专家会诊服务费")).findFirst().orElseThrow();
        assertThat(red.status()).isEqualTo(ReportStatus.UNIT_REVIEW);
        assertThat(red.light()).isEqualTo(Light.RED.name());
        assertThat(red.submittedAt()).isNotNull();
        ReportDetail detail = reports.get(staff, red.id());
        ReportDetail.Line behind = detail.lines().stream()
                .filter(l -> l.reading() != null && l.reading().light() == Light.RED).findFirst().orElseThrow();
        assertThat(behind.indicator().getName()).isEqualTo("组织专家审查次数");
        assertThat(behind.row().getMeasures()).isNotBlank();
        // realistic mid-year figures: a 状态型 rate is measured at its level (not 47.5 for ≥95%), and everything
        // but the one count behind schedule is green — no blue for rates that are simply on target
        ReportDetail.Line satisfaction = detail.lines().stream()
                .filter(l -> l.indicator().getName().equals("满意率")).findFirst().orElseThrow();
        assertThat(satisfaction.indicator().getProgressKind()).isEqualTo(org.jixiao.targets.IndicatorKind.LEVEL);
        assertThat(satisfaction.row().getValueToDate()).isGreaterThanOrEqualTo(new java.math.BigDecimal("95"));
        assertThat(behind.indicator().getProgressKind()).isEqualTo(org.jixiao.targets.IndicatorKind.CUMULATIVE);
        assertThat(detail.lines()).filteredOn(l -> l != behind && l.reading().lit())
                .allSatisfy(l -> assertThat(l.reading().light()).as(l.indicator().getName()).isEqualTo(Light.GREEN));
        assertThat(reviewService.openTaskFor(directory.currentUser("leader").orElseThrow(),
                MonitoringReportService.SUBJECT_TYPE, red.id())).isPresent();

        ReportSummary draft = mine.stream().filter(r -> r.targetName().equals("应急保障")).findFirst().orElseThrow();
        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
        ReportDetail saved = reports.get(staff, draft.id());
        assertThat(saved.report().getExecutedFunds()).isNotNull();
        assertThat(saved.editable()).isTrue();
        assertThat(saved.lines()).filteredOn(l -> l.reading().lit()).isNotEmpty()
                .allSatisfy(l -> assertThat(l.reading().light()).as(l.indicator().getName()).isEqualTo(Light.GREEN));
    }

    @Test
    void demoEvaluationRoundHasAHandedInSelfEvaluationWithItsGradeAndADraft() {
        CurrentUser finance = directory.currentUser("finance").orElseThrow();
        CurrentUser staff = directory.currentUser("staff").orElseThrow();
        EvaluationRoundSummary round = evaluationRounds.list(finance, 2024).stream().findFirst().orElseThrow();
        assertThat(round.status()).isEqualTo(EvaluationRoundStatus.OPEN);
        assertThat(round.dueDate()).isEqualTo(LocalDate.of(2025, 3, 31));
        List<SelfEvaluationSummary> mine = evaluations.list(staff, round.id());

        SelfEvaluationSummary handedIn = mine.stream().filter(e -> e.targetName().equals("安全生产专家会诊服务费"))
                .findFirst().orElseThrow();
        assertThat(handedIn.status()).isEqualTo(SelfEvaluationStatus.UNIT_REVIEW);
        SelfEvaluationDetail detail = evaluations.get(staff, handedIn.id());
        assertThat(detail.score().complete()).isTrue();
        assertThat(handedIn.total()).isEqualByComparingTo(detail.score().total());
        assertThat(handedIn.total()).as("one review short of 12 loses points").isLessThan(new BigDecimal("100"));
        assertThat(handedIn.grade()).isEqualTo("优");
        SelfEvaluationDetail.Line shortLine = detail.lines().stream()
                .filter(l -> l.item() != null && l.item().belowFull()).findFirst().orElseThrow();
        assertThat(shortLine.indicator().getName()).isEqualTo("组织专家审查次数");
        assertThat(shortLine.row().getDeviation()).isNotBlank();
        assertThat(reviewService.openTaskFor(directory.currentUser("leader").orElseThrow(),
                SelfEvaluationService.SUBJECT_TYPE, handedIn.id())).isPresent();

        SelfEvaluationSummary draft = mine.stream().filter(e -> e.targetName().equals("应急保障")).findFirst().orElseThrow();
        assertThat(draft.status()).isEqualTo(SelfEvaluationStatus.DRAFT);
        assertThat(evaluations.get(staff, draft.id()).evaluation().getExecutedFunds()).isNotNull();
    }
}
