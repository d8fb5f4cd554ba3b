package org.jixiao.monitoring;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jixiao.monitoring.lights.Achievement;
import org.jixiao.monitoring.lights.Likelihood;

/**
 * What the unit enters in a report; {@code version} is the one it read (optimistic locking); {@code executionNote}
 * is the 说明 required when 执行数 is above 预算数 ({@link ReportChecks#sense}).
 */
public record ReportInput(Integer version, BigDecimal executedFunds, BigDecimal expectedCarryOver,
                          List<IndicatorInput> indicators, String executionNote) {

    /** Figures that need no 说明. */
    public ReportInput(Integer version, BigDecimal executedFunds, BigDecimal expectedCarryOver,
                       List<IndicatorInput> indicators) {
        this(version, executedFunds, expectedCarryOver, indicators, null);
    }

    public record IndicatorInput(Long indicatorId, BigDecimal valueToDate, BigDecimal expectedYearEnd,
                                 Achievement achievement, Likelihood likelihood,
                                 @JsonSetter(contentNulls = Nulls.FAIL) Set<DeviationReason> deviationReasons,
                                 String remark, String measures) {
    }
}
