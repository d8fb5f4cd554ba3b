package org.jixiao.monitoring;

import static org.jixiao.monitoring.MonitoringReportService.SUBJECT_TYPE;
import static org.jixiao.monitoring.MonitoringReportService.WITH_UNIT;
import static org.jixiao.monitoring.ReportAccess.byIndicator;
import static org.jixiao.monitoring.ReportAccess.stale;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.approval.AuditTrail;
import org.jixiao.approval.ReviewAction;
import org.jixiao.monitoring.internal.MonitoringReport;
import org.jixiao.monitoring.internal.MonitoringReportMapper;
import org.jixiao.monitoring.internal.MonitoringRound;
import org.jixiao.monitoring.internal.MonitoringRoundMapper;
import org.jixiao.monitoring.internal.ReportIndicator;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetDiff;
import org.jixiao.targets.TargetLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An approved adjustment replaced the target: the reports its unit still holds (DRAFT, RETURNED) move to the new
 * version, keeping what was typed for every indicator the new version still has (same 一级/二级/三级) and dropping
 * the rest, with the lights recomputed against the new values. Reports already handed in stay on the version they
 * were signed for. Each move is recorded in the report's history (RETARGET).
 */
@Service
class ReportRetargeting {
    private final MonitoringReportMapper reports;
    private final MonitoringRoundMapper rounds;
    private final TargetLookup targets;
    private final AuditTrail auditTrail;
    private final ReportAccess access;

    ReportRetargeting(MonitoringReportMapper reports, MonitoringRoundMapper rounds, TargetLookup targets,
                      AuditTrail auditTrail, ReportAccess access) {
        this.reports = reports;
        this.rounds = rounds;
        this.targets = targets;
        this.auditTrail = auditTrail;
        this.access = access;
    }

    /** Moves the open reports of {@code supersededId} to {@code approvedId}; returns how many moved. */
    @Transactional
    public int followAdjustment(Long supersededId, Long approvedId) {
        List<MonitoringReport> open = reports.findByTargetAndStatus(supersededId, WITH_UNIT);
        if (open.isEmpty()) {
            return 0;
        }
        PerformanceTarget before = targets.loadForSystem(supersededId);
        PerformanceTarget after = targets.loadForSystem(approvedId);
        Map<Long, Long> successor = successorIndicators(before, after);
        for (MonitoringReport report : open) {
            List<ReportIndicator> kept = new ArrayList<>();
            int dropped = 0;
            for (ReportIndicator row : reports.findIndicators(report.getId())) {
                Long next = successor.get(row.getIndicatorId());
                if (next == null) {
                    dropped++;
                    continue;
                }
                row.setIndicatorId(next);
                kept.add(row);
            }
            MonitoringRound round = rounds.findById(report.getRoundId());
            ReportLighting.Result lights = ReportLighting.of(after, round.getCutoffMonth(), access.thresholdsOf(round),
                    report.getExecutedFunds(), byIndicator(kept));
            ReportAccess.applyLights(report, kept, lights);
            report.setTargetId(approvedId);
            if (reports.retarget(report) == 0) {
                throw stale();
            }
            access.replaceIndicators(report.getId(), kept);
            auditTrail.recordSystemEvent(SUBJECT_TYPE, List.of(report.getId()), report.getStatus().name(),
                    ReviewAction.RETARGET, "绩效目标调整已批复，报告改按调整后的目标填报"
                            + (dropped == 0 ? "" : "；" + dropped + " 项指标在调整后的目标中已不存在，其填报内容已移除"));
        }
        return open.size();
    }

    /** Old indicator id → the new version's indicator with the same 一级/二级/三级 (duplicates pair in order). */
    private static Map<Long, Long> successorIndicators(PerformanceTarget before, PerformanceTarget after) {
        Map<String, Deque<Long>> byKey = new HashMap<>();
        for (Indicator indicator : after.getIndicators()) {
            byKey.computeIfAbsent(TargetDiff.indicatorKey(indicator), k -> new ArrayDeque<>()).add(indicator.getId());
        }
        Map<Long, Long> successor = new HashMap<>();
        for (Indicator indicator : before.getIndicators()) {
            Deque<Long> candidates = byKey.get(TargetDiff.indicatorKey(indicator));
            if (candidates != null && !candidates.isEmpty()) {
                successor.put(indicator.getId(), candidates.poll());
            }
        }
        return successor;
    }
}
