package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.Limits;
import org.jixiao.common.OverspendChecks;
import org.jixiao.evaluation.internal.SelfEvaluation;
import org.jixiao.evaluation.scoring.FormScoring;
import org.jixiao.evaluation.scoring.IndicatorInput;
import org.jixiao.evaluation.scoring.ScoreInputChecks;
import org.jixiao.evaluation.scoring.Scores;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;

/**
 * What a self-evaluation must satisfy, as pure functions (like monitoring's {@code ReportChecks}): {@link #draft} on
 * every save (shape and ranges, so nothing wrong is stored; missing values wait), {@link #scores} for the values
 * entered so far, {@link #submission} before the unit hands it in (everything scored, the reasons the rules ask
 * for), and {@link #rescore} for finance's 复核. Save and submission also ask for the 说明 when 全年执行数 is above
 * 全年预算数 (issue 12 §5). Every problem at once, each on its field; indicator fields are addressed by the entry's
 * position ({@code indicators[2].deviation}).
 */
public final class SelfEvaluationChecks {
    /** The free texts (偏差原因, 评价结论, …) and the 复核 reason. */
    static final int TEXT_LIMIT = Limits.EVALUATION_TEXT;
    private static final BigDecimal MAX_MONEY = new BigDecimal("99999999999999");
    private static final BigDecimal MAX_ACTUAL = new BigDecimal("1000000000000000");

    private SelfEvaluationChecks() {
    }

    /** The form as entered: funds, texts, and each entry naming one of the target's indicators once. */
    public static List<FieldViolation> draft(PerformanceTarget target, SelfEvaluationInput input) {
        List<FieldViolation> v = new ArrayList<>();
        money(v, "adjustedFunds", "全年预算数", input.adjustedFunds());
        money(v, "executedFunds", "全年执行数", input.executedFunds());
        text(v, "budgetDeviation", "预算执行偏差原因", input.budgetDeviation());
        text(v, "goalsActual", "年度总体目标实际完成情况", input.goalsActual());
        text(v, "conclusion", "评价结论", input.conclusion());
        text(v, "problems", "存在问题", input.problems());
        text(v, "improvements", "改进措施", input.improvements());
        Map<Long, Indicator> byId = new HashMap<>();
        target.getIndicators().forEach(i -> byId.put(i.getId(), i));
        Set<Long> seen = new HashSet<>();
        List<SelfEvaluationInput.Entry> entries = input.indicators() == null ? List.of() : input.indicators();
        for (int i = 0; i < entries.size(); i++) {
            SelfEvaluationInput.Entry e = entries.get(i);
            String at = "indicators[" + i + "]";
            if (e == null || e.indicatorId() == null || !byId.containsKey(e.indicatorId())) {
                v.add(new FieldViolation(at + ".indicatorId", "指标 " + (e == null ? null : e.indicatorId())
                        + " 不属于该项目的绩效目标"));
                continue;
            }
            if (!seen.add(e.indicatorId())) {
                v.add(new FieldViolation(at + ".indicatorId", "指标 " + e.indicatorId() + " 重复填报"));
                continue;
            }
            if (e.actual() != null && (e.actual().stripTrailingZeros().scale() > 4
                    || e.actual().abs().compareTo(MAX_ACTUAL) >= 0)) {
                v.add(new FieldViolation(at + ".actual", "实际完成值最多四位小数，且不能过大"));
            }
            if (e.score() != null && e.grade() == null && byId.get(e.indicatorId()).getComparator() == null) {
                v.add(new FieldViolation(at + ".grade", "请先选择达成情况，再填写得分"));
            }
            text(v, at + ".deviation", "偏差原因分析及改进措施", e.deviation());
        }
        v.addAll(overspend(input.adjustedFunds(), input.executedFunds(), input.executionNote()));
        return v;
    }

    /**
     * The values entered so far, in the target's order: malformed or out of band is refused on save; an indicator
     * not started, or a value still missing, waits for {@link #submission}.
     */
    public static List<FieldViolation> scores(List<IndicatorInput> inputs) {
        List<FieldViolation> v = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            IndicatorInput in = inputs.get(i);
            if (started(in)) {
                for (FieldViolation violation : ScoreInputChecks.violations("indicators[" + i + "].", in)) {
                    if (!violation.message().startsWith("请")) { // missing values wait for submit
                        v.add(violation);
                    }
                }
            }
        }
        return v;
    }

    /**
     * Before handing in: funds and every indicator scored, 偏差原因分析及改进措施 for every indicator below full score,
     * a reason where execution is below 90%, the 年度总体目标 completion and the 评价结论.
     */
    public static List<FieldViolation> submission(SelfEvaluation evaluation, List<SelfEvaluationDetail.Line> lines,
                                                  FormScoring.Result score) {
        List<FieldViolation> v = new ArrayList<>();
        if (evaluation.getAdjustedFunds() == null) {
            v.add(new FieldViolation("adjustedFunds", "请填写全年预算数（调整后，万元）"));
        }
        if (evaluation.getExecutedFunds() == null) {
            v.add(new FieldViolation("executedFunds", "请填写全年执行数（万元）"));
        }
        if (score.budget() != null && score.budget().needsReason() && evaluation.getBudgetDeviation() == null) {
            v.add(new FieldViolation("budgetDeviation", "预算执行率低于 90%，请说明原因及改进措施"));
        }
        for (int i = 0; i < lines.size(); i++) {
            SelfEvaluationDetail.Line line = lines.get(i);
            String name = "“" + line.indicator().getName() + "”";
            List<FieldViolation> missing = score.missing().get(String.valueOf(line.indicator().getId()));
            if (missing != null) {
                for (FieldViolation m : missing) {
                    v.add(new FieldViolation("indicators[" + i + "]." + m.field(), name + "：" + m.message()));
                }
            } else if (line.item() != null && line.item().belowFull() && line.row().getDeviation() == null) {
                v.add(new FieldViolation("indicators[" + i + "].deviation", name + "未得满分，请填写偏差原因分析及改进措施"));
            }
        }
        if (evaluation.getGoalsActual() == null) {
            v.add(new FieldViolation("goalsActual", "请填写年度总体目标的实际完成情况"));
        }
        if (evaluation.getConclusion() == null) {
            v.add(new FieldViolation("conclusion", "请填写评价结论"));
        }
        v.addAll(overspend(evaluation.getAdjustedFunds(), evaluation.getExecutedFunds(), evaluation.getExecutionNote()));
        return v;
    }

    /** 复核: a score within [0, 分值] with at most 2 decimals, and a recorded reason. */
    public static List<FieldViolation> rescore(BigDecimal weight, BigDecimal score, String reason) {
        List<FieldViolation> v = new ArrayList<>();
        if (score == null) {
            v.add(new FieldViolation("score", "请填写复核得分"));
        } else if (score.signum() < 0 || (weight != null && score.compareTo(weight) > 0)
                || score.stripTrailingZeros().scale() > 2) {
            v.add(new FieldViolation("score", "复核得分须在 0 与分值 " + Scores.plain(weight) + " 之间，最多两位小数"));
        }
        if (reason == null || reason.isBlank()) {
            v.add(new FieldViolation("reason", "复核评分必须记录理由"));
        } else if (reason.length() > TEXT_LIMIT) {
            v.add(new FieldViolation("reason", "复核理由不能超过 " + TEXT_LIMIT + " 个字"));
        }
        return v;
    }

    /** The sense check (issue 12 §5), once 全年预算数 is filled: 全年执行数 above it needs a 说明. */
    private static List<FieldViolation> overspend(BigDecimal adjusted, BigDecimal executed, String note) {
        return adjusted == null ? List.of()
                : OverspendChecks.check("executionNote", "全年执行数", "全年预算数", adjusted, executed, note);
    }

    private static boolean started(IndicatorInput in) {
        return in.qualitative() ? in.grade() != null || in.score() != null : in.actual() != null;
    }

    private static void money(List<FieldViolation> v, String field, String label, BigDecimal amount) {
        if (amount != null && (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(MAX_MONEY) > 0)) {
            v.add(new FieldViolation(field, label + "以万元为单位，不能为负数，最多两位小数"));
        }
    }

    private static void text(List<FieldViolation> v, String field, String label, String text) {
        if (text != null && text.length() > TEXT_LIMIT) {
            v.add(new FieldViolation(field, label + "不能超过 " + TEXT_LIMIT + " 个字"));
        }
    }
}
