package org.jixiao.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jixiao.common.FieldViolation;
import org.jixiao.config.TargetRules;

/**
 * The checks a target must pass before it may be submitted (docs/rules.md §1). Every violation is reported
 * at once, each on its field, so the drafter can fix everything in one pass.
 */
public final class TargetChecks {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetChecks() {
    }

    public static List<FieldViolation> check(PerformanceTarget t, TargetRules rules) {
        List<FieldViolation> v = new ArrayList<>();
        header(t, v);
        funds(t, v);
        spendingPlan(t, v);
        indicators(t, rules, v);
        return v;
    }

    private static void header(PerformanceTarget t, List<FieldViolation> v) {
        if (blank(t.getName())) {
            v.add(new FieldViolation("name", "请填写名称"));
        }
        if (t.getKind() == TargetKind.PROJECT && blank(t.getProjectCode())) {
            v.add(new FieldViolation("projectCode", "项目绩效目标须填写项目编码"));
        }
        if (blank(t.getGoals())) {
            v.add(new FieldViolation("goals", t.getKind() == TargetKind.DEPARTMENT ? "请填写年度总体目标" : "请填写年度绩效目标"));
        }
    }

    private static void funds(PerformanceTarget t, List<FieldViolation> v) {
        if (t.getFiscalFunds() == null) {
            v.add(new FieldViolation("fiscalFunds", "请填写财政资金（万元，没有则填 0）"));
        }
        if (t.getOtherFunds() == null) {
            v.add(new FieldViolation("otherFunds", "请填写其他资金（万元，没有则填 0）"));
        }
        BigDecimal total = orZero(t.getFiscalFunds()).add(orZero(t.getOtherFunds()));
        if (t.getFiscalFunds() != null && t.getOtherFunds() != null && total.signum() <= 0) {
            v.add(new FieldViolation("fiscalFunds", "预算数合计应大于 0 万元"));
        }
        if (t.getKind() != TargetKind.DEPARTMENT) {
            return;
        }
        List<AnnualTask> tasks = t.getTasks().stream().filter(Objects::nonNull).toList();
        if (tasks.isEmpty()) {
            v.add(new FieldViolation("tasks", "部门整体绩效目标须填写年度主要任务"));
            return;
        }
        BigDecimal fiscal = tasks.stream().map(a -> orZero(a.getFiscalAmount())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal other = tasks.stream().map(a -> orZero(a.getOtherAmount())).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (t.getFiscalFunds() != null && fiscal.compareTo(t.getFiscalFunds()) != 0) {
            v.add(new FieldViolation("tasks", "年度主要任务的财政拨款合计 " + money(fiscal) + " 万元，与财政资金 "
                    + money(t.getFiscalFunds()) + " 万元不一致"));
        }
        if (t.getOtherFunds() != null && other.compareTo(t.getOtherFunds()) != 0) {
            v.add(new FieldViolation("tasks", "年度主要任务的其他资金合计 " + money(other) + " 万元，与其他资金 "
                    + money(t.getOtherFunds()) + " 万元不一致"));
        }
    }

    private static void spendingPlan(PerformanceTarget t, List<FieldViolation> v) {
        List<SpendingPlanPoint> plan = t.getSpendingPlan();
        if (plan.isEmpty()) {
            if (t.getKind() == TargetKind.PROJECT) {
                v.add(new FieldViolation("spendingPlan", "请填写资金支出计划（按月累计支出比例，最后达到 100%）"));
            }
            return;
        }
        SpendingPlanPoint previous = null;
        for (int i = 0; i < plan.size(); i++) {
            SpendingPlanPoint p = plan.get(i);
            if (p == null) {
                continue;
            }
            if (p.percent() == null) {
                v.add(new FieldViolation("spendingPlan[" + i + "].percent", "请填写 " + p.month() + " 月累计支出比例"));
                continue;
            }
            if (previous != null && p.month() <= previous.month()) {
                v.add(new FieldViolation("spendingPlan[" + i + "].month",
                        "资金支出计划的月份应按先后排列：" + p.month() + " 月排在 " + previous.month() + " 月之后"));
            } else if (previous != null && p.percent().compareTo(previous.percent()) < 0) {
                v.add(new FieldViolation("spendingPlan[" + i + "].percent", "资金支出计划是累计比例，" + p.month() + " 月（"
                        + percent(p.percent()) + "）不能低于 " + previous.month() + " 月（" + percent(previous.percent()) + "）"));
            }
            previous = p;
        }
        SpendingPlanPoint last = plan.get(plan.size() - 1);
        if (last != null && last.percent() != null && last.percent().compareTo(HUNDRED) != 0) {
            v.add(new FieldViolation("spendingPlan[" + (plan.size() - 1) + "].percent",
                    "资金支出计划最后应累计达到 100%，现为 " + last.month() + " 月 " + percent(last.percent())));
        }
    }

    private static void indicators(PerformanceTarget t, TargetRules rules, List<FieldViolation> v) {
        List<Indicator> indicators = t.getIndicators();
        if (indicators.stream().allMatch(Objects::isNull)) {
            v.add(new FieldViolation("indicators", "请至少填写一个绩效指标"));
            return;
        }
        Set<String> present = new HashSet<>();
        BigDecimal weightSum = BigDecimal.ZERO;
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            if (ind == null) {
                continue;
            }
            String f = "indicators[" + i + "]";
            String label = blank(ind.getName()) ? "第 " + (i + 1) + " 个指标" : "指标「" + ind.getName().strip() + "」";
            String level1 = Level1Names.canonical(ind.getLevel1());
            if (level1 == null) {
                v.add(new FieldViolation(f + ".level1", label + "缺少一级指标"));
            } else {
                present.add(level1);
            }
            if (blank(ind.getLevel2())) {
                v.add(new FieldViolation(f + ".level2", label + "缺少二级指标"));
            }
            if (blank(ind.getName())) {
                v.add(new FieldViolation(f + ".name", label + "缺少三级指标名称"));
            }
            IndicatorValue value = IndicatorValueParser.parse(ind.getValueText());
            if (!value.recognized()) {
                v.add(new FieldViolation(f + ".valueText", label + "：" + value.problem()));
            } else if (!value.qualitative() && blank(value.unit())) {
                v.add(new FieldViolation(f + ".valueText", label + "的指标值缺少计量单位（如 次、%、万元）"));
            }
            if (ind.getWeight() == null || ind.getWeight().signum() <= 0) {
                v.add(new FieldViolation(f + ".weight", label + "的分值应大于 0"));
            } else {
                weightSum = weightSum.add(ind.getWeight());
            }
        }
        for (String required : rules.requiredLevel1()) {
            if (!present.contains(Level1Names.canonical(required))) {
                v.add(new FieldViolation("indicators", "缺少一级指标「" + Level1Names.canonical(required) + "」"));
            }
        }
        if (weightSum.compareTo(rules.indicatorTotal()) != 0) {
            v.add(new FieldViolation("indicators", "指标分值合计 " + plain(weightSum) + " 分，应为 "
                    + plain(rules.indicatorTotal()) + " 分"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static BigDecimal orZero(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

    private static String money(BigDecimal b) {
        return b.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String percent(BigDecimal b) {
        return plain(b) + "%";
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
