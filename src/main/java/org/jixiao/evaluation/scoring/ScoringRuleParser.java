package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.targets.ComparatorWords;
import org.jixiao.targets.ValueComparator;

/**
 * Reads a prose 评分标准 (seed 000) into a {@link StepRule}, or says why it cannot.
 *
 * <p>The text is cut into clauses at commas and semicolons (a clause starting with 扣 belongs to the one before:
 * "100%以下每降低5%，扣除权重分的10%"). Each clause must be one of: a full-score line ("大于等于2000人次得满分"),
 * a share ("开展1次得权重分的50%"), a zero ("大于450元不得分", "未开展不得分"), a step deduction
 * ("每少200人次扣除权重分的10%") or "扣完为止". Any clause that is none of these makes the whole rule unreadable:
 * guessing half a rule would score wrongly without anyone noticing.
 */
public final class ScoringRuleParser {
    /** The shared vocabulary plus 为 ("完成率为100%得满分"), which only rules use. */
    private static final Map<String, ValueComparator> WORDS = ComparatorWords.beforeWith(Map.of("为", ValueComparator.EQ));
    /**
     * A clause longer than this is no scoring clause anyone writes ("100%以下每降低5%，扣除权重分的10%" is 20): it is
     * refused before any pattern runs, so reading a rule costs time in proportion to its length.
     */
    static final int MAX_CLAUSE = 120;
    /** More conditions than any scoring standard lists (seed 000's longest has 5). */
    static final int MAX_CLAUSES = 20;

    private static final String CMP = ComparatorWords.alternation(WORDS.keySet());
    private static final String NUM = "(\\d{1,16}(?:\\.\\d{1,8})?)(万)?";
    private static final String SUFFIX = "(" + ComparatorWords.alternation(ComparatorWords.AFTER.keySet()) + ")?";
    private static final String SHARE = "(?:权重分|分值|该项分值|权重)";

    /** subject, comparator, number, 万, unit, suffix, then the verdict. */
    private static final Pattern THRESHOLD = Pattern.compile("^(.*?)(" + CMP + ")?" + NUM + "([^\\d]*?)" + SUFFIX
            + "(?:的|即)?(?:(?:为|得)满分|得满分|满分|得" + SHARE + "的(\\d+(?:\\.\\d+)?)%|得(\\d+(?:\\.\\d+)?)%的?" + SHARE
            + "|(?:不得分|得0分))$");
    private static final Pattern STEP = Pattern.compile("^(.*?)每(少|减少|降低|下降|低于|超过|超出|超|增加|多|上升|延迟|延误)?"
            + "(\\p{IsHan}{0,3}?)" + NUM + "([^\\d]*?)的?,?扣(?:除|减)?(?:" + SHARE + "的(\\d+(?:\\.\\d+)?)%|(\\d+(?:\\.\\d+)?)分)$");
    private static final Pattern VERDICT_ONLY = Pattern.compile("^(.*?)(?:(?:为|得)满分|不得分|得0分)$");
    static final Pattern FLOOR = Pattern.compile("^(扣完为止|扣完即止|扣完|直至扣完|最低为0分|最低0分|以此类推)$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(" + CMP + ")?" + NUM + "([^\\d]*?)" + SUFFIX + "$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final List<String> BELOW_WORDS = List.of("少", "减少", "降低", "下降", "低于");

    private ScoringRuleParser() {
    }

    /** Reads without knowing the indicator's target (a bare "每降低5%扣…" then cannot be read). */
    public static RuleReading parse(String prose) {
        return parse(prose, null, null, null);
    }

    /**
     * @param targetComparator the indicator's comparator, or null: decides the direction of a bare step rule
     * @param targetValue      the indicator's 年度指标值, or null: the full-score line when the prose names none
     * @param targetUnit       the indicator's unit, or null: "10万人次" is scaled into it (×10 000 unless it is 万…)
     */
    public static RuleReading parse(String prose, ValueComparator targetComparator, BigDecimal targetValue, String targetUnit) {
        if (prose == null || prose.isBlank()) {
            return RuleReading.none();
        }
        String source = prose.strip();
        String text = RuleText.normalize(source);
        if (text.contains("一项") || text.contains("每项")) {
            return RuleReading.fallback(source, "按未完成的事项数扣分，而实际完成值是完成率，无法换算成事项数");
        }
        if (!DIGIT.matcher(text).find() && !text.contains("全部")) {
            return RuleReading.fallback(source, "评分标准没有可计算的数量条件，属定性描述：由评价人按达成情况评分，或按默认公式");
        }
        if (RuleText.count(text, "否则") > 1) {
            return RuleReading.fallback(source, "评分标准由多个子条件分别计分（各得部分权重分），一个实际完成值无法判断");
        }
        Scale scale = new Scale(targetUnit);
        List<Clause> clauses = new ArrayList<>();
        List<String> parts = RuleText.clauses(text);
        if (parts.size() > MAX_CLAUSES) {
            return RuleReading.fallback(source, "评分标准的条件超过 " + MAX_CLAUSES + " 条，无法识别");
        }
        for (String part : parts) {
            if (part.length() > MAX_CLAUSE) {
                return RuleReading.fallback(source, "评分标准的一句话超过 " + MAX_CLAUSE + " 个字，无法识别");
            }
            Clause clause = clause(part, scale);
            if (clause == null) {
                return RuleReading.fallback(source, unreadable(part));
            }
            if (!(clause instanceof Floor)) {
                clauses.add(clause);
            }
        }
        return build(source, clauses, targetComparator, targetValue);
    }

    private static RuleReading build(String source, List<Clause> clauses, ValueComparator targetComparator, BigDecimal target) {
        List<Step> steps = new ArrayList<>();
        List<Threshold> thresholds = new ArrayList<>();
        boolean otherwiseZero = false;
        for (Clause c : clauses) {
            if (c instanceof Step s) {
                steps.add(s);
            } else if (c instanceof Threshold t) {
                thresholds.add(t);
            } else if (c instanceof Zero) {
                otherwiseZero = true;
            }
        }
        if (steps.size() > 1) {
            return RuleReading.fallback(source, "评分标准写了多种扣分办法，无法确定按哪一种计分");
        }
        if (steps.size() == 1) {
            return stepRule(source, steps.get(0), thresholds, targetComparator, target);
        }
        List<Threshold> numeric = thresholds.stream().filter(t -> t.number() != null).toList();
        if (numeric.isEmpty()) {
            return RuleReading.fallback(source, "评分标准没有可计算的数量条件，属定性描述：由评价人按达成情况评分，或按默认公式");
        }
        if (numeric.size() != thresholds.size()) {
            return RuleReading.fallback(source, "评分标准中部分条件没有数字（如「按时完成」），无法逐档判断");
        }
        if (numeric.size() == 1 && !otherwiseZero && numeric.get(0).fraction().compareTo(BigDecimal.ONE) == 0) {
            return RuleReading.fallback(source, "评分标准只写了满分条件，未写达不到时如何计分");
        }
        List<TieredRule.Tier> tiers = new ArrayList<>();
        ValueComparator previous = null;
        String unit = "";
        for (Threshold t : numeric) {
            ValueComparator cmp = t.comparator();
            if (cmp == null) {
                // "开展1次得权重分的50%" after "开展2次及以上得满分": the same direction as the tier before it
                cmp = previous == null ? (targetComparator != null && targetComparator.lowerIsBetter() ? ValueComparator.LE
                        : ValueComparator.GE) : inclusive(previous);
            }
            tiers.add(new TieredRule.Tier(cmp, t.number(), t.fraction()));
            previous = cmp;
            if (unit.isEmpty()) {
                unit = t.unit();
            }
        }
        return RuleReading.read(source, new TieredRule(tiers, BigDecimal.ZERO, unit), null);
    }

    private static RuleReading stepRule(String source, Step step, List<Threshold> thresholds, ValueComparator targetComparator,
                                        BigDecimal target) {
        List<Threshold> full = thresholds.stream().filter(t -> t.fraction().compareTo(BigDecimal.ONE) == 0).toList();
        if (full.size() != thresholds.size() || full.size() > 1) {
            return RuleReading.fallback(source, "评分标准同时写了分档得分和阶梯扣分，无法确定按哪一种计分");
        }
        Threshold line = full.isEmpty() ? null : full.get(0);
        BigDecimal fullAt = line != null ? line.number() : null;
        String unit = line != null && !line.unit().isEmpty() ? line.unit() : step.unit();
        ValueComparator lineComparator = line != null ? line.comparator() : null;
        if (fullAt == null && step.before() != null) {
            fullAt = step.before().number();
            lineComparator = step.before().comparator();
        }
        String note = null;
        if (fullAt == null) {
            if (line != null && line.all()) {
                fullAt = Scores.HUNDRED;
            } else if (target != null) {
                fullAt = target;
                note = "满分线取年度指标值 " + Scores.plain(target);
            } else {
                return RuleReading.fallback(source, "评分标准未写满分线，年度指标值也未给出");
            }
        } else if (target != null && fullAt.compareTo(target) != 0) {
            note = "评分标准的满分线（" + Scores.plain(fullAt) + "）与年度指标值（" + Scores.plain(target) + "）不一致，按评分标准计算";
        }
        boolean below;
        if (step.direction() != null) {
            below = BELOW_WORDS.contains(step.direction());
        } else if (lineComparator != null) {
            below = !lineComparator.lowerIsBetter();
        } else {
            below = targetComparator == null || !targetComparator.lowerIsBetter();
        }
        return RuleReading.read(source, new StepDeduction(fullAt, below, step.step(), step.perStep(), step.points(), unit), note);
    }

    private static ValueComparator inclusive(ValueComparator c) {
        return switch (c) {
            case GT, GE -> ValueComparator.GE;
            case LT, LE -> ValueComparator.LE;
            case EQ -> ValueComparator.EQ;
        };
    }

    // ---- clauses

    private sealed interface Clause permits Threshold, Step, Zero, Floor {
    }

    /** A condition and its share of the weight; {@code number} null for "按时完成得满分", {@code all} for "全部…得满分". */
    private record Threshold(ValueComparator comparator, BigDecimal number, String unit, BigDecimal fraction, boolean all)
            implements Clause {
    }

    /** "每少200人次扣除权重分的10%"; {@code before} is a line written in front of it ("100%以下每降低5%"). */
    private record Step(Threshold before, String direction, BigDecimal step, String unit, BigDecimal perStep,
                        boolean points) implements Clause {
    }

    /** A verdict with no number: "未开展不得分", "否则不得分". */
    private record Zero() implements Clause {
    }

    private record Floor() implements Clause {
    }

    private static Clause clause(String part, Scale scale) {
        if (FLOOR.matcher(part).matches()) {
            return new Floor();
        }
        Matcher step = STEP.matcher(part);
        if (step.matches()) {
            Threshold before = null;
            if (!step.group(1).isEmpty()) {
                Matcher lead = LEADING_NUMBER.matcher(step.group(1));
                if (!lead.matches()) {
                    return null;
                }
                before = new Threshold(comparator(lead.group(1), lead.group(5)),
                        scale.apply(new BigDecimal(lead.group(2)), lead.group(3) != null), lead.group(4), BigDecimal.ONE, false);
            }
            BigDecimal size = scale.apply(new BigDecimal(step.group(4)), step.group(5) != null);
            if (size.signum() <= 0) {
                return null;
            }
            boolean points = step.group(8) != null;
            BigDecimal perStep = points ? new BigDecimal(step.group(8)) : percent(step.group(7));
            if (perStep.signum() <= 0) {
                return null;
            }
            return new Step(before, step.group(2), size, step.group(6), perStep, points);
        }
        Matcher t = THRESHOLD.matcher(part);
        if (t.matches() && !DIGIT.matcher(t.group(1)).find()) {
            BigDecimal fraction = part.endsWith("不得分") || part.endsWith("得0分") ? BigDecimal.ZERO
                    : t.group(7) != null ? percent(t.group(7)) : t.group(8) != null ? percent(t.group(8)) : BigDecimal.ONE;
            if (fraction.compareTo(BigDecimal.ONE) > 0) {
                return null;
            }
            return new Threshold(comparator(t.group(2), t.group(6)), scale.apply(new BigDecimal(t.group(3)),
                    t.group(4) != null), t.group(5), fraction, false);
        }
        Matcher verdict = VERDICT_ONLY.matcher(part);
        if (verdict.matches() && !DIGIT.matcher(part).find()) {
            if (part.endsWith("不得分") || part.endsWith("得0分")) {
                return new Zero();
            }
            return new Threshold(null, null, "", BigDecimal.ONE, verdict.group(1).startsWith("全部"));
        }
        return null;
    }

    private static ValueComparator comparator(String prefix, String suffix) {
        if (prefix != null) {
            return WORDS.get(prefix);
        }
        if (suffix == null) {
            return null;
        }
        return ComparatorWords.AFTER.get(suffix);
    }

    private static String unreadable(String clause) {
        if (!DIGIT.matcher(clause).find() && WORDS.keySet().stream().anyMatch(clause::contains)) {
            return "条件比较的是两个数额（「" + clause + "」），不是实际完成值与一个数字";
        }
        return "无法识别「" + clause + "」";
    }

    private static BigDecimal percent(String digits) {
        return new BigDecimal(digits).divide(Scores.HUNDRED);
    }

    /** "10万人次" in the indicator's unit: ×10 000, unless the indicator counts in 万 already (10万人次 → 10). */
    private record Scale(String targetUnit) {
        BigDecimal apply(BigDecimal n, boolean wan) {
            boolean targetInWan = targetUnit != null && targetUnit.startsWith("万");
            return wan && !targetInWan ? n.multiply(BigDecimal.valueOf(10_000)) : n;
        }
    }
}
