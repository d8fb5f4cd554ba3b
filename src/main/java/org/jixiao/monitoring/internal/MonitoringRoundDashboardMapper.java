package org.jixiao.monitoring.internal;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jixiao.monitoring.ReportStatus;

/**
 * Read-only aggregates and listings over a round's reports for the dashboard and the export.
 * {@code unitIds} null means the whole round (finance); otherwise only reports of those units.
 */
@Mapper
public interface MonitoringRoundDashboardMapper {

    /** Report counts grouped by unit ({@code byUnit}) or by department. */
    List<ProgressCounts> progress(@Param("roundId") Long roundId, @Param("unitIds") Collection<Long> unitIds,
                                  @Param("byUnit") boolean byUnit,
                                  @Param("submitted") Collection<ReportStatus> submitted);

    /** Reports whose overall or budget-execution light is red, by unit then report id. */
    List<RedListEntry> redList(@Param("roundId") Long roundId, @Param("unitIds") Collection<Long> unitIds,
                               @Param("offset") int offset, @Param("limit") int limit);

    int countRed(@Param("roundId") Long roundId, @Param("unitIds") Collection<Long> unitIds);

    /** The next page of reports after {@code afterId} (keyset paging, so memory stays flat on big rounds). */
    List<ExportProjectRow> exportProjects(@Param("roundId") Long roundId, @Param("unitIds") Collection<Long> unitIds,
                                          @Param("afterId") long afterId, @Param("limit") int limit);

    /** Every indicator of the given reports' targets, with the reported values where there are any. */
    List<ExportIndicatorRow> exportIndicators(@Param("reportIds") Collection<Long> reportIds);
}
