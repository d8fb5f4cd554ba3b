package org.jixiao.monitoring.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface MonitoringRoundMapper {

    void insert(MonitoringRound round);

    MonitoringRound findById(@Param("id") Long id);

    /** The round and its bureau's thresholds for its year (as LightThresholdMapper.find), in one read; null if unknown. */
    RoundWithThresholds findWithThresholds(@Param("id") Long id);

    /** The round of a bureau, year and cut-off month (the unique key), or null. */
    MonitoringRound findByKey(@Param("financeOrgId") Long financeOrgId, @Param("fiscalYear") int fiscalYear,
                              @Param("cutoffMonth") int cutoffMonth);

    List<MonitoringRound> findByFinance(@Param("financeOrgId") Long financeOrgId,
                                        @Param("fiscalYear") Integer fiscalYear);

    /** OPEN → CLOSED once every report of the round is approved; returns the rows changed. */
    int closeIfAllApproved(@Param("id") Long id);

}
