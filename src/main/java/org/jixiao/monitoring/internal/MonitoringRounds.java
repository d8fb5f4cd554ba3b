package org.jixiao.monitoring.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.monitoring.MonitoringReport;
import org.jixiao.monitoring.MonitoringReportsCreated;
import org.jixiao.monitoring.MonitoringRoundOpened;
import org.jixiao.monitoring.ReportDeadlines;
import org.jixiao.monitoring.ReportStatus;
import org.jixiao.monitoring.ReportWorkflow;
import org.jixiao.rounds.RoundKind;
import org.jixiao.rounds.RoundRef;
import org.jixiao.rounds.RoundTables;
import org.jixiao.rounds.TargetRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Monitoring rounds on the shared round machinery: the round row is monitoring_round, an item is a
 * monitoring_report ({@code UNIQUE(round_id, target_id)}), created together with its review process.
 */
@Component
public class MonitoringRounds implements RoundKind {
    public static final RoundTables TABLES = new RoundTables("monitoring_round", "monitoring_round_department",
            "monitoring_report");

    private final MonitoringRoundMapper rounds;
    private final MonitoringReportMapper reports;
    private final ReportWorkflow workflow;
    private final ApplicationEventPublisher events;
    private final ReportDeadlines deadlines;

    MonitoringRounds(MonitoringRoundMapper rounds, MonitoringReportMapper reports, ReportWorkflow workflow,
                     ApplicationEventPublisher events, ReportDeadlines deadlines) {
        this.deadlines = deadlines;
        this.rounds = rounds;
        this.reports = reports;
        this.workflow = workflow;
        this.events = events;
    }

    @Override
    public String label() {
        return "Monitoring";
    }

    @Override
    public RoundTables tables() {
        return TABLES;
    }

    @Override
    public List<Long> createItems(RoundRef round, List<TargetRef> targets, Instant now) {
        List<MonitoringReport> rows = new ArrayList<>(targets.size());
        for (TargetRef target : targets) {
            rows.add(newReport(round.id(), target, round.departmentOfUnit().get(target.unitId()), now));
        }
        reports.insertAll(rows);
        List<MonitoringReport> created = reports.findStarts(round.id(), targets.stream().map(TargetRef::id).toList());
        workflow.startReports(created, round.financeOrgId(), round.fiscalYear());
        return created.stream().map(MonitoringReport::getId).toList();
    }

    @Override
    public String itemProcessKey() {
        return "MonitoringReportProcess";
    }

    @Override
    public void deleteItemDetails(Long roundId) {
        reports.deleteIndicatorsOfRound(roundId);
    }

    @Override
    public int remindUnsubmitted(Long roundId) {
        return deadlines.remindUnsubmitted(roundId);
    }

    @Override
    public int markOverdue(Long roundId) {
        return deadlines.markOverdue(roundId);
    }

    @Override
    public void chunkCreated(Long roundId, List<Long> itemIds) {
        events.publishEvent(new MonitoringReportsCreated(roundId, itemIds));
    }

    @Override
    public void opened(Long roundId) {
        events.publishEvent(new MonitoringRoundOpened(roundId, rounds.findById(roundId).getTotal()));
    }

    public static MonitoringReport newReport(Long roundId, TargetRef target, Long departmentId, Instant now) {
        MonitoringReport report = new MonitoringReport();
        report.setRoundId(roundId);
        report.setTargetId(target.id());
        report.setUnitId(target.unitId());
        report.setDepartmentId(departmentId);
        report.setStatus(ReportStatus.DRAFT);
        report.setCreatedAt(now);
        return report;
    }
}
