package org.jixiao.monitoring.internal;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jixiao.monitoring.MonitoringRoundProgress;
import org.jixiao.monitoring.PendingReport;
import org.jixiao.monitoring.ReportStatus;

/** Monitoring reports across rounds, by unit: what the workbench shows. Units are never empty here. */
@Mapper
public interface UnitReportMapper {

    /** The units' reports in the given statuses, in OPEN rounds of the bureau; soonest due first. */
    List<PendingReport> findPending(@Param("financeOrgId") Long financeOrgId,
                                    @Param("unitIds") Collection<Long> unitIds,
                                    @Param("statuses") Collection<ReportStatus> statuses);

    /** Per OPEN round of the bureau with reports in the units: how many, how many handed in, how many overdue. */
    List<MonitoringRoundProgress> findOpenRoundProgress(@Param("financeOrgId") Long financeOrgId,
                                              @Param("unitIds") Collection<Long> unitIds,
                                              @Param("submitted") Collection<ReportStatus> submitted);
}
