package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.monitoring.internal.ReportIndicator;
import org.jixiao.monitoring.lights.BudgetLight;
import org.jixiao.monitoring.lights.IndicatorLight;
import org.jixiao.monitoring.lights.Light;
import org.jixiao.monitoring.lights.LightThresholds;
import org.jixiao.monitoring.lights.Lights;
import org.jixiao.monitoring.lights.Reading;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.IndicatorKind;
import org.jixiao.targets.IndicatorKindRules;
import org.jixiao.targets.PerformanceTarget;

/**
 * The lights of one report, from its target, the cut-off month, the bureau's thresholds and the figures the unit
 * entered: the budget light, one light per indicator and the report's overall light, which is the worst of them
 * (docs/rules.md §2; unlit lights do not count). Pure: the service stores what this returns on every save.
 */
public final class ReportLighting {

    private ReportLighting() {
    }

    /** The readings; {@code overall} is null while nothing is lit. */
    public record Result(Reading budget, Map<Long, Reading> indicators, Light overall) {
    }

    /**
     * @param rows the unit's indicator rows by indicator id; indicators without a row are unlit
     */
    public static Result of(PerformanceTarget target, int cutoffMonth, LightThresholds thresholds,
                            BigDecimal executedFunds, Map<Long, ReportIndicator> rows) {
        Reading budget = BudgetLight.of(target.totalFunds(), executedFunds, cutoffMonth, target.getSpendingPlan(),
                thresholds);
        Map<Long, Reading> indicators = new LinkedHashMap<>();
        List<Light> lit = new ArrayList<>();
        if (budget.light() != null) {
            lit.add(budget.light());
        }
        for (Indicator indicator : target.getIndicators()) {
            ReportIndicator row = rows.get(indicator.getId());
            Reading reading = row == null ? Reading.UNLIT
                    : IndicatorLight.of(indicator.getComparator(), kindOf(indicator), indicator.getValue(),
                    row.getValueToDate(), row.getExpectedYearEnd(), cutoffMonth, row.getLikelihood(),
                    row.getAchievement(), thresholds);
            indicators.put(indicator.getId(), reading);
            if (reading.light() != null) {
                lit.add(reading.light());
            }
        }
        return new Result(budget, indicators, lit.isEmpty() ? null : Lights.worst(lit));
    }

    /** The indicator's kind; targets are loaded with one, a target built in memory may lack it. */
    private static IndicatorKind kindOf(Indicator indicator) {
        return indicator.getProgressKind() != null ? indicator.getProgressKind()
                : IndicatorKindRules.defaults().kindOf(indicator);
    }
}
