package org.jixiao.targets;

import java.util.List;
import java.util.Objects;

/**
 * How a region defaults an indicator's {@link IndicatorKind} from its unit and name (docs/rules.md §2), as data: an
 * ordered list of rules, the first that matches wins, else {@code fallback}. A finance bureau may store its own
 * list per fiscal year; {@link #defaults()} applies where it has none. The drafter can still change the kind of
 * each indicator; this only decides what the editor proposes and what stored indicators without a kind mean.
 *
 * @param rules    tried in order
 * @param fallback the kind when no rule matches
 */
public record IndicatorKindRules(List<Rule> rules, IndicatorKind fallback) {

    /**
     * One rule: every condition given must hold (at least one is given). Units compare exactly after trimming
     * (the parser's unit, e.g. {@code %}, {@code 次}, {@code 万元}); names by substring or suffix.
     *
     * @param unit         the unit, exactly; null: any unit
     * @param nameContains a part of the 三级 name; null: any name
     * @param nameEndsWith how the 三级 name ends (e.g. 度, so 年度检查次数 is not caught); null: any name
     * @param kind         the kind this rule gives
     */
    public record Rule(String unit, String nameContains, String nameEndsWith, IndicatorKind kind) {
        public Rule {
            unit = blankToNull(unit);
            nameContains = blankToNull(nameContains);
            nameEndsWith = blankToNull(nameEndsWith);
            Objects.requireNonNull(kind, "kind");
            if (unit == null && nameContains == null && nameEndsWith == null) {
                throw new IllegalArgumentException("a rule needs a unit or a name condition");
            }
        }

        static Rule unit(String unit, IndicatorKind kind) {
            return new Rule(unit, null, null, kind);
        }

        static Rule nameContains(String part, IndicatorKind kind) {
            return new Rule(null, part, null, kind);
        }

        boolean matches(String indicatorUnit, String indicatorName) {
            return (unit == null || unit.equals(indicatorUnit))
                    && (nameContains == null || (indicatorName != null && indicatorName.contains(nameContains)))
                    && (nameEndsWith == null || (indicatorName != null && indicatorName.endsWith(nameEndsWith)));
        }
    }

    public IndicatorKindRules {
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        Objects.requireNonNull(fallback, "fallback");
    }

    /**
     * The central default: percentages, per-mille, scores (分) and years are levels; so are names that say rate
     * (率), satisfaction (满意), share (比例, 占比), index (指数) or end in 度 (满意度, 知晓度), and staffing or
     * fleet kept up (保障…人/辆: 保障消防干部人数 ≥6人 is a headcount, not a tally). Everything else — 次, 人次,
     * 家, 项, 万元 … — accumulates.
     */
    public static IndicatorKindRules defaults() {
        IndicatorKind level = IndicatorKind.LEVEL;
        return new IndicatorKindRules(List.of(
                Rule.unit("%", level),
                Rule.unit("％", level),
                Rule.unit("‰", level),
                Rule.unit("分", level),
                Rule.unit("年", level),
                Rule.nameContains("率", level),
                Rule.nameContains("满意", level),
                Rule.nameContains("比例", level),
                Rule.nameContains("占比", level),
                Rule.nameContains("指数", level),
                new Rule(null, null, "度", level),
                new Rule("人", "保障", null, level),
                new Rule("辆", "保障", null, level)), IndicatorKind.CUMULATIVE);
    }

    /** The kind proposed for an indicator with this unit and 三级 name (either may be null). */
    public IndicatorKind kindOf(String unit, String name) {
        String u = blankToNull(unit);
        String n = blankToNull(name);
        for (Rule rule : rules) {
            if (rule.matches(u, n)) {
                return rule.kind();
            }
        }
        return fallback;
    }

    /** {@link #kindOf(String, String)} of the indicator's parsed unit and its name. */
    public IndicatorKind kindOf(Indicator indicator) {
        return kindOf(indicator.getUnit(), indicator.getName());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
