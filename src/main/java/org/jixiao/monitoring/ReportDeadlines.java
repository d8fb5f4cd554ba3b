package org.jixiao.monitoring;

import static org.jixiao.monitoring.MonitoringReportService.SUBJECT_TYPE;
import static org.jixiao.monitoring.MonitoringReportService.WITH_UNIT;
import static org.jixiao.monitoring.ReportAccess.chunks;
import static org.jixiao.monitoring.ReportAccess.now;

import java.util.List;
import org.jixiao.approval.AuditTrail;
import org.jixiao.approval.ReviewAction;
import org.jixiao.monitoring.internal.MonitoringReportMapper;
import org.jixiao.monitoring.internal.MonitoringRound;
import org.jixiao.monitoring.internal.MonitoringRoundMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's deadlines on its reports: the reminder before the due date and the overdue mark after it, for every
 * report still with its unit, each recorded once in the reports' history as a system event.
 */
@Service
public class ReportDeadlines {
    private final MonitoringReportMapper reports;
    private final MonitoringRoundMapper rounds;
    private final AuditTrail auditTrail;

    ReportDeadlines(MonitoringReportMapper reports, MonitoringRoundMapper rounds, AuditTrail auditTrail) {
        this.reports = reports;
        this.rounds = rounds;
        this.auditTrail = auditTrail;
    }

    /** The round's reminder: every report still with its unit is reminded of the due date. Returns how many. */
    @Transactional
    public int remindUnsubmitted(Long roundId) {
        MonitoringRound round = rounds.findById(roundId);
        List<Long> ids = reports.findIdsByStatus(roundId, WITH_UNIT);
        for (List<Long> chunk : chunks(ids)) {
            reports.markReminded(chunk, now());
        }
        auditTrail.recordSystemEvent(SUBJECT_TYPE, ids, ReportStatus.DRAFT.name(), ReviewAction.REMIND,
                "监控报告将于 " + round.getDueDate() + " 截止报送，请尽快填报");
        return ids.size();
    }

    /** After the due date: every report still with its unit is marked overdue. Returns how many. */
    @Transactional
    public int markOverdue(Long roundId) {
        MonitoringRound round = rounds.findById(roundId);
        List<Long> ids = reports.findIdsByStatus(roundId, WITH_UNIT);
        for (List<Long> chunk : chunks(ids)) {
            reports.markOverdue(chunk);
        }
        auditTrail.recordSystemEvent(SUBJECT_TYPE, ids, ReportStatus.DRAFT.name(), ReviewAction.OVERDUE,
                "已超过报送截止日期 " + round.getDueDate());
        return ids.size();
    }

    /** The round a report belongs to, e.g. for the timers (null when unknown). */
    public MonitoringRound round(Long roundId) {
        return rounds.findById(roundId);
    }
}
