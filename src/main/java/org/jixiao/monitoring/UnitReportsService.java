package org.jixiao.monitoring;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jixiao.monitoring.internal.UnitReportMapper;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring as the workbench sees it: the reports a unit still has to act on, and for reviewers the progress of
 * each open round over the units in their scope. Everything is limited to {@link OrgDirectory#scopeOf}.
 */
@Service
public class UnitReportsService {
    /** With the unit: to fill in, to correct after a return, or to report the 整改结果. */
    static final Set<ReportStatus> WAITING_FOR_UNIT =
            EnumSet.of(ReportStatus.DRAFT, ReportStatus.RETURNED, ReportStatus.RECTIFICATION);

    private final UnitReportMapper mapper;
    private final OrgDirectory directory;

    UnitReportsService(UnitReportMapper mapper, OrgDirectory directory) {
        this.mapper = mapper;
        this.directory = directory;
    }

    /** The reports of the caller's unit that wait for it in open rounds (STAFF only; others get none). */
    @Transactional(readOnly = true)
    public List<PendingReport> pendingForUnit(CurrentUser user) {
        if (!user.hasRole(Role.STAFF) || user.financeBureauId() == null) {
            return List.of();
        }
        Set<Long> units = directory.scopeOf(user).unitIds();
        return units.isEmpty() ? List.of() : mapper.findPending(user.financeBureauId(), units, WAITING_FOR_UNIT);
    }

    /**
     * Open rounds with their progress over the caller's units (DEPT_REVIEWER: the department's units;
     * FINANCE_REVIEWER: the bureau's); rounds without a report in scope are left out. Newest first.
     */
    @Transactional(readOnly = true)
    public List<MonitoringRoundProgress> openRoundsInScope(CurrentUser user) {
        if (!user.hasAnyRole(Role.DEPT_REVIEWER, Role.FINANCE_REVIEWER) || user.financeBureauId() == null) {
            return List.of();
        }
        Set<Long> units = directory.scopeOf(user).unitIds();
        return units.isEmpty() ? List.of()
                : mapper.findOpenRoundProgress(user.financeBureauId(), units, ReportStatus.SUBMITTED);
    }
}
