package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.common.FieldViolation;
import org.jixiao.targets.Level1Names;

/**
 * A finance bureau's scoring rules for a fiscal year. Edited by an ADMIN, so the constructor accepts anything and
 * {@link #violations()} says in Chinese what is wrong, per field.
 *
 * @param budgetPoints   分值 of the budget execution row (default 10)
 * @param indicatorTotal points shared by the indicators (default 90); with the budget row they make 100
 * @param weights        points per 一级 category, summing to {@code indicatorTotal}
 * @param lowerIsBetter  the formula for ≤ / &lt; indicators above their target
 * @param gradeBands     where 优/良/中 start
 * @param outcomes       results application per grade
 */
public record ScoringConfig(BigDecimal budgetPoints, BigDecimal indicatorTotal, List<Level1Weight> weights,
                            LowerIsBetterFormula lowerIsBetter, GradeBands gradeBands, Map<Grade, Outcome> outcomes) {
    private static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);

    public ScoringConfig {
        // an ADMIN's input may hold gaps; violations() reports them instead of a NullPointerException here
        weights = weights == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(weights));
        outcomes = outcomes == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(outcomes));
    }

    /** docs/rules.md §3: 10 budget points, 产出 50 / 效益 30 / 满意度 10, band formula, 90/80/60, 优先/保持/压减/取消. */
    public static ScoringConfig defaults() {
        return new ScoringConfig(BigDecimal.TEN, BigDecimal.valueOf(90),
                List.of(new Level1Weight("产出指标", BigDecimal.valueOf(50)),
                        new Level1Weight("效益指标", BigDecimal.valueOf(30)),
                        new Level1Weight("满意度指标", BigDecimal.TEN)),
                LowerIsBetterFormula.BAND, GradeBands.defaults(), defaultOutcomes());
    }

    public static Map<Grade, Outcome> defaultOutcomes() {
        Map<Grade, Outcome> m = new EnumMap<>(Grade.class);
        m.put(Grade.EXCELLENT, new Outcome(Recommendation.PRIORITY, "下年度预算优先保障"));
        m.put(Grade.GOOD, new Outcome(Recommendation.KEEP, "下年度预算保持"));
        m.put(Grade.FAIR, new Outcome(Recommendation.REDUCE, "下年度预算压减"));
        m.put(Grade.POOR, new Outcome(Recommendation.CANCEL, "取消或调整项目"));
        return m;
    }

    /** The configured points of a category, by any spelling of its name; null when not configured. */
    public BigDecimal weightOf(String level1) {
        String name = Level1Names.canonical(level1);
        for (Level1Weight w : weights) {
            if (w != null && name != null && name.equals(Level1Names.canonical(w.level1()))) {
                return w.weight();
            }
        }
        return null;
    }

    public Outcome outcome(Grade grade) {
        Outcome o = outcomes.get(grade);
        return o != null ? o : defaultOutcomes().get(grade);
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        boolean budget = points(v, "budgetPoints", "预算执行分值", budgetPoints, true);
        boolean total = points(v, "indicatorTotal", "绩效指标总分", indicatorTotal, false);
        if (budget && total && budgetPoints.add(indicatorTotal).compareTo(FULL_MARKS) != 0) {
            v.add(new FieldViolation("indicatorTotal", "预算执行分值（" + Scores.plain(budgetPoints) + "）与绩效指标总分（"
                    + Scores.plain(indicatorTotal) + "）之和应为 100"));
        }
        weights(v, total);
        if (lowerIsBetter == null) {
            v.add(new FieldViolation("lowerIsBetter", "请选择越低越好指标的计分公式"));
        }
        if (gradeBands == null) {
            v.add(new FieldViolation("excellentFrom", "请填写等级分数线"));
        } else {
            v.addAll(gradeBands.violations(FULL_MARKS));
        }
        for (Grade grade : Grade.values()) {
            Outcome o = outcomes.get(grade);
            String field = "outcomes." + grade.label();
            if (o == null || o.recommendation() == null) {
                v.add(new FieldViolation(field, "请为「" + grade.label() + "」选择结果应用方式"));
            } else if (o.label() == null || o.label().isBlank() || o.label().length() > 100) {
                v.add(new FieldViolation(field, "「" + grade.label() + "」的结果应用说明须为 1–100 个字"));
            }
        }
        return v;
    }

    private void weights(List<FieldViolation> v, boolean totalValid) {
        if (weights.isEmpty()) {
            v.add(new FieldViolation("weights", "请至少配置一个一级指标及其分值"));
            return;
        }
        Set<String> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean allValid = true;
        for (int i = 0; i < weights.size(); i++) {
            Level1Weight w = weights.get(i);
            String name = w == null ? null : Level1Names.canonical(w.level1());
            if (name == null) {
                v.add(new FieldViolation("weights[" + i + "].level1", "请填写一级指标名称"));
                allValid = false;
            } else if (name.length() > 50) {
                v.add(new FieldViolation("weights[" + i + "].level1", "一级指标名称最多 50 个字"));
                allValid = false;
            } else if (!seen.add(name)) {
                v.add(new FieldViolation("weights[" + i + "].level1", "一级指标「" + name + "」重复"));
                allValid = false;
            }
            if (w == null || !points(v, "weights[" + i + "].weight", "一级指标分值", w.weight(), false)) {
                allValid = false;
            } else {
                sum = sum.add(w.weight());
            }
        }
        if (allValid && totalValid && sum.compareTo(indicatorTotal) != 0) {
            v.add(new FieldViolation("weights", "各一级指标分值之和（" + Scores.plain(sum) + "）应等于绩效指标总分（"
                    + Scores.plain(indicatorTotal) + "）"));
        }
    }

    private static boolean points(List<FieldViolation> v, String field, String name, BigDecimal value, boolean zeroAllowed) {
        if (value == null) {
            v.add(new FieldViolation(field, "请填写" + name));
            return false;
        }
        if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0) || value.compareTo(FULL_MARKS) > 0) {
            v.add(new FieldViolation(field, name + "须" + (zeroAllowed ? "在 0–100 之间" : "大于 0 且不超过 100")
                    + "，现为 " + Scores.plain(value)));
            return false;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            v.add(new FieldViolation(field, name + "最多保留两位小数"));
            return false;
        }
        return true;
    }
}
