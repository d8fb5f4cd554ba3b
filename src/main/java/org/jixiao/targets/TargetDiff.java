package org.jixiao.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.jixiao.targets.TargetChange.Kind;
import org.jixiao.targets.TargetChange.Section;

/**
 * What changed between two versions of a target: header fields, spending-plan months, annual tasks (matched by
 * name) and indicators (matched by 一级 / 二级 / 三级 name). Pure; blank text equals absent text and numbers
 * compare by value, so 200 and 200.00 are no change.
 */
public final class TargetDiff {

    private record Field<T>(String key, String label, Function<T, String> read) {
    }

    private static final List<Field<PerformanceTarget>> HEADER = List.of(
            new Field<>("kind", "目标类型", t -> t.getKind() == null ? null
                    : t.getKind() == TargetKind.PROJECT ? "项目支出" : "部门整体支出"),
            new Field<>("fiscalYear", "年度", t -> String.valueOf(t.getFiscalYear())),
            new Field<>("projectCode", "项目编码", PerformanceTarget::getProjectCode),
            new Field<>("name", "项目名称", PerformanceTarget::getName),
            new Field<>("projectAttribute", "项目属性", PerformanceTarget::getProjectAttribute),
            new Field<>("implementationPeriod", "实施期", PerformanceTarget::getImplementationPeriod),
            new Field<>("fiscalFunds", "财政资金（万元）", t -> money(t.getFiscalFunds())),
            new Field<>("otherFunds", "其他资金（万元）", t -> money(t.getOtherFunds())),
            new Field<>("totalFunds", "预算数（万元）", t -> money(t.totalFunds())),
            new Field<>("fundUse", "资金用途", PerformanceTarget::getFundUse),
            new Field<>("goals", "年度绩效目标", PerformanceTarget::getGoals),
            new Field<>("periodGoals", "实施期目标", PerformanceTarget::getPeriodGoals));

    private static final List<Field<AnnualTask>> TASK = List.of(
            new Field<>("content", "任务内容", AnnualTask::getContent),
            new Field<>("fiscalAmount", "财政拨款（万元）", k -> money(k.getFiscalAmount())),
            new Field<>("otherAmount", "其他资金（万元）", k -> money(k.getOtherAmount())));

    private static final List<Field<Indicator>> INDICATOR = List.of(
            new Field<>("description", "指标解释", Indicator::getDescription),
            new Field<>("valueText", "指标值", Indicator::getValueText),
            new Field<>("comparator", "指标性质", i -> i.getComparator() == null ? null : i.getComparator().symbol()),
            new Field<>("value", "目标值", i -> number(i.getValue())),
            new Field<>("unit", "计量单位", Indicator::getUnit),
            new Field<>("progressKind", "指标类型", i -> i.getProgressKind() == null ? null : i.getProgressKind().label()),
            new Field<>("weight", "分值", i -> number(i.getWeight())),
            new Field<>("basis", "指标值确定依据", Indicator::getBasis),
            new Field<>("standard", "绩效标准", Indicator::getStandard),
            new Field<>("scoringRule", "评分标准", Indicator::getScoringRule));

    private TargetDiff() {
    }

    /** Changes from {@code before} to {@code after}, in form order: header, spending plan, tasks, indicators. */
    public static List<TargetChange> between(PerformanceTarget before, PerformanceTarget after) {
        List<TargetChange> changes = new ArrayList<>();
        compareFields(Section.HEADER, null, HEADER, before, after, changes);
        spendingPlan(before.getSpendingPlan(), after.getSpendingPlan(), changes);
        matched(Section.TASK, keyed(before.getTasks(), k -> text(k.getName())),
                keyed(after.getTasks(), k -> text(k.getName())), TASK, TargetDiff::describe, changes);
        matched(Section.INDICATOR, keyed(before.getIndicators(), TargetDiff::indicatorKey),
                keyed(after.getIndicators(), TargetDiff::indicatorKey), INDICATOR, TargetDiff::describe, changes);
        return changes;
    }

    /** 一级 / 二级 / 三级, as people name an indicator; the same key is the same indicator across versions. */
    public static String indicatorKey(Indicator i) {
        return String.join(" / ", text(i.getLevel1()), text(i.getLevel2()), text(i.getName()));
    }

    private static void spendingPlan(List<SpendingPlanPoint> before, List<SpendingPlanPoint> after,
                                     List<TargetChange> changes) {
        Map<Integer, String> old = new TreeMap<>();
        before.forEach(p -> old.put(p.month(), money(p.percent())));
        Map<Integer, String> now = new TreeMap<>();
        after.forEach(p -> now.put(p.month(), money(p.percent())));
        TreeMap<Integer, Boolean> months = new TreeMap<>();
        old.keySet().forEach(m -> months.put(m, true));
        now.keySet().forEach(m -> months.put(m, true));
        for (Integer month : months.keySet()) {
            String was = old.get(month);
            String is = now.get(month);
            if (!Objects.equals(was, is)) {
                Kind kind = was == null ? Kind.ADDED : is == null ? Kind.REMOVED : Kind.CHANGED;
                changes.add(new TargetChange(Section.SPENDING_PLAN, month + "月", kind, "percent", "累计支出比例（%）",
                        was, is));
            }
        }
    }

    /** Items with the same key are matched in order of appearance, so duplicates pair up one to one. */
    private static <T> Map<String, T> keyed(List<T> items, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (T item : items) {
            if (item == null) {
                continue;
            }
            String k = key.apply(item);
            int n = seen.merge(k, 1, Integer::sum);
            byKey.put(n == 1 ? k : k + " #" + n, item);
        }
        return byKey;
    }

    private static <T> void matched(Section section, Map<String, T> before, Map<String, T> after,
                                    List<Field<T>> fields, Function<T, String> describe, List<TargetChange> changes) {
        for (Map.Entry<String, T> old : before.entrySet()) {
            T now = after.get(old.getKey());
            if (now == null) {
                changes.add(new TargetChange(section, old.getKey(), Kind.REMOVED, null, null,
                        describe.apply(old.getValue()), null));
            } else {
                compareFields(section, old.getKey(), fields, old.getValue(), now, changes);
            }
        }
        for (Map.Entry<String, T> now : after.entrySet()) {
            if (!before.containsKey(now.getKey())) {
                changes.add(new TargetChange(section, now.getKey(), Kind.ADDED, null, null, null,
                        describe.apply(now.getValue())));
            }
        }
    }

    private static <T> void compareFields(Section section, String item, List<Field<T>> fields, T before, T after,
                                          List<TargetChange> changes) {
        for (Field<T> field : fields) {
            String was = text(field.read().apply(before));
            String is = text(field.read().apply(after));
            if (!was.equals(is)) {
                changes.add(new TargetChange(section, item, Kind.CHANGED, field.key(), field.label(),
                        was.isEmpty() ? null : was, is.isEmpty() ? null : is));
            }
        }
    }

    private static String describe(Indicator i) {
        StringBuilder s = new StringBuilder(text(i.getValueText()).isEmpty() ? "（无指标值）" : text(i.getValueText()));
        if (i.getWeight() != null) {
            s.append("，分值 ").append(number(i.getWeight()));
        }
        return s.toString();
    }

    private static String describe(AnnualTask k) {
        StringBuilder s = new StringBuilder(text(k.getContent()));
        if (k.getFiscalAmount() != null) {
            s.append(s.isEmpty() ? "" : "；").append("财政拨款 ").append(money(k.getFiscalAmount())).append(" 万元");
        }
        if (k.getOtherAmount() != null) {
            s.append(s.isEmpty() ? "" : "；").append("其他资金 ").append(money(k.getOtherAmount())).append(" 万元");
        }
        return s.toString();
    }

    /** 万元 and percentages: always two decimals, as stored. */
    private static String money(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** Plain digits without trailing zeros beyond what the value needs (200.00 and 200 read the same). */
    private static String number(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
