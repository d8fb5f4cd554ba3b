package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.Limits;
import org.jixiao.common.OverspendChecks;
import org.jixiao.monitoring.internal.MonitoringReport;
import org.jixiao.monitoring.internal.ReportIndicator;
import org.jixiao.monitoring.lights.Light;
import org.jixiao.monitoring.lights.Reading;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;

/**
 * What a monitoring report must satisfy: {@link #draft} on every save (shape and ranges, so nothing wrong is
 * stored), {@link #submission} before the unit hands it in (everything filled; 偏差原因 and 纠偏措施 wherever a
 * light is not green, a remark where the reason is 其他). Every problem at once, each on its field; indicator
 * fields are addressed by the position of the indicator in the target ({@code indicators[2].measures}).
 */
public final class ReportChecks {
    static final int TEXT_LIMIT = Limits.OPINION;

    private ReportChecks() {
    }

    public static List<FieldViolation> draft(PerformanceTarget target, BigDecimal executedFunds,
                                             BigDecimal expectedCarryOver, List<ReportIndicator> rows) {
        List<FieldViolation> v = new ArrayList<>();
        money(v, "executedFunds", "执行数", executedFunds);
        money(v, "expectedCarryOver", "预计结转结余", expectedCarryOver);
        Set<Long> known = new HashSet<>();
        target.getIndicators().forEach(i -> known.add(i.getId()));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            ReportIndicator row = rows.get(i);
            String at = "indicators[" + i + "]";
            if (row.getIndicatorId() == null) {
                v.add(new FieldViolation(at + ".indicatorId", "请指明指标（indicatorId）"));
            } else if (!known.contains(row.getIndicatorId())) {
                v.add(new FieldViolation(at + ".indicatorId", "指标 " + row.getIndicatorId() + " 不属于该项目的绩效目标"));
            } else if (!seen.add(row.getIndicatorId())) {
                v.add(new FieldViolation(at + ".indicatorId", "指标 " + row.getIndicatorId() + " 重复填报"));
            }
            number(v, at + ".valueToDate", "完成值", row.getValueToDate());
            number(v, at + ".expectedYearEnd", "全年预计完成值", row.getExpectedYearEnd());
            length(v, at + ".remark", "原因说明", row.getRemark());
            length(v, at + ".measures", "纠偏措施", row.getMeasures());
        }
        return v;
    }

    /**
     * Whether the ratios the lights computed from valid figures can be stored (DECIMAL(12, 2) percent): a
     * 完成值 or 执行数 many million times its target is a typing mistake, and is refused on its field rather than
     * failing in the database.
     */
    public static List<FieldViolation> storable(PerformanceTarget target, List<ReportIndicator> rows,
                                                ReportLighting.Result lights) {
        List<FieldViolation> v = new ArrayList<>();
        if (tooLarge(lights.budget())) {
            v.add(new FieldViolation("executedFunds", "执行数相对预算数 " + target.totalFunds().toPlainString()
                    + " 万元过大（执行进度不能超过 " + RATIO_TEXT + "），请核对"));
        }
        for (int i = 0; i < rows.size(); i++) {
            ReportIndicator row = rows.get(i);
            if (tooLarge(lights.indicators().get(row.getIndicatorId()))) {
                v.add(new FieldViolation("indicators[" + i + "].valueToDate", "完成值相对指标值过大（完成进度不能超过 "
                        + RATIO_TEXT + "），请核对"));
            }
        }
        return v;
    }

    /**
     * The sense check (issue 12 §5): 执行数 above the target's 预算数 (an execution rate above 100%) is kept only
     * with a 说明 saying why, on every save and again at submission; the violation is on {@code executionNote}.
     */
    public static List<FieldViolation> sense(PerformanceTarget target, BigDecimal executedFunds, String note) {
        return OverspendChecks.check("executionNote", "执行数", "预算数", target.totalFunds(), executedFunds, note);
    }

    private static final String RATIO_TEXT = String.format(java.util.Locale.ROOT, "%,.2f%%", Limits.RATIO_MAX);

    private static boolean tooLarge(Reading reading) {
        return reading != null && reading.ratio() != null && reading.ratio().abs().compareTo(Limits.RATIO_MAX) > 0;
    }

    public static List<FieldViolation> submission(PerformanceTarget target, MonitoringReport report,
                                                  Map<Long, ReportIndicator> rows, ReportLighting.Result lights) {
        List<FieldViolation> v = new ArrayList<>();
        if (report.getExecutedFunds() == null) {
            v.add(new FieldViolation("executedFunds", "请填写截至监控月份的执行数（万元）"));
        }
        if (report.getExpectedCarryOver() == null) {
            v.add(new FieldViolation("expectedCarryOver", "请填写预计结转结余（万元），没有请填 0"));
        }
        v.addAll(sense(target, report.getExecutedFunds(), report.getExecutionNote()));
        List<Indicator> indicators = target.getIndicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            ReportIndicator row = rows.get(indicator.getId());
            String at = "indicators[" + i + "]";
            String name = "“" + indicator.getName() + "”";
            if (indicator.getComparator() == null) {
                if (row == null || row.getAchievement() == null) {
                    v.add(new FieldViolation(at + ".achievement", name + "：请选择目前的达成情况（达成/部分达成/未达成）"));
                }
            } else {
                if (row == null || row.getValueToDate() == null) {
                    v.add(new FieldViolation(at + ".valueToDate", name + "：请填写截至监控月份的完成值"));
                }
                if (row == null || row.getExpectedYearEnd() == null) {
                    v.add(new FieldViolation(at + ".expectedYearEnd", name + "：请填写全年预计完成值"));
                }
            }
            if (row == null || row.getLikelihood() == null) {
                v.add(new FieldViolation(at + ".likelihood", name + "：请选择完成目标可能性"));
            }
            Reading reading = lights.indicators().get(indicator.getId());
            Light light = reading == null ? null : reading.light();
            if (light != null && light.needsExplanation()) {
                String why = name + "亮" + light.label() + "灯，";
                Set<DeviationReason> reasons = DeviationReason.split(row == null ? null : row.getDeviationReasons());
                if (reasons.isEmpty()) {
                    v.add(new FieldViolation(at + ".deviationReasons", why + "请选择偏差原因"));
                }
                if (row == null || row.getMeasures() == null || row.getMeasures().isBlank()) {
                    v.add(new FieldViolation(at + ".measures", why + "请填写纠偏措施"));
                }
                if (reasons.contains(DeviationReason.OTHER) && (row.getRemark() == null || row.getRemark().isBlank())) {
                    v.add(new FieldViolation(at + ".remark", name + "：偏差原因选择了“其他”，请说明具体原因"));
                }
            }
        }
        return v;
    }

    private static void money(List<FieldViolation> v, String field, String label, BigDecimal amount) {
        Limits.number(v, field, label, amount, Limits.MONEY);
    }

    private static void number(List<FieldViolation> v, String field, String label, BigDecimal value) {
        Limits.number(v, field, label, value, Limits.VALUE);
    }

    private static void length(List<FieldViolation> v, String field, String label, String text) {
        if (text != null && text.length() > TEXT_LIMIT) {
            v.add(new FieldViolation(field, label + "不能超过 " + TEXT_LIMIT + " 个字"));
        }
    }
}
