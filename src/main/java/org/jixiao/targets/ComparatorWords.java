package org.jixiao.targets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one vocabulary of comparison words people write in 指标值 and 评分标准, shared by
 * {@link IndicatorValueParser} and the scoring-rule parser so the two never read the same word differently (they
 * had drifted: the rule parser lacked 至少, 控制在 and ≧). Each parser may add words only it reads (the value
 * parser's dash typo, the rule parser's 为).
 */
public final class ComparatorWords {
    /** Words in front of a number, longest first so 大于等于 wins over 大于 (iteration order matters). */
    public static final Map<String, ValueComparator> BEFORE;
    /** Words after a number and its unit: 90%以上, 48小时以内; longest first. */
    public static final Map<String, ValueComparator> AFTER;

    static {
        Map<String, ValueComparator> before = new LinkedHashMap<>();
        before.put("大于或等于", ValueComparator.GE);
        before.put("小于或等于", ValueComparator.LE);
        before.put("大于等于", ValueComparator.GE);
        before.put("小于等于", ValueComparator.LE);
        before.put("不少于", ValueComparator.GE);
        before.put("不低于", ValueComparator.GE);
        before.put("不小于", ValueComparator.GE);
        before.put("至少", ValueComparator.GE);
        before.put("达到", ValueComparator.GE);
        before.put("不超过", ValueComparator.LE);
        before.put("不高于", ValueComparator.LE);
        before.put("不大于", ValueComparator.LE);
        before.put("不多于", ValueComparator.LE);
        before.put("控制在", ValueComparator.LE);
        before.put("低于", ValueComparator.LT);
        before.put("少于", ValueComparator.LT);
        before.put("小于", ValueComparator.LT);
        before.put("高于", ValueComparator.GT);
        before.put("多于", ValueComparator.GT);
        before.put("超过", ValueComparator.GT);
        before.put("大于", ValueComparator.GT);
        before.put("等于", ValueComparator.EQ);
        before.put(">=", ValueComparator.GE);
        before.put("<=", ValueComparator.LE);
        before.put("≥", ValueComparator.GE);
        before.put("≧", ValueComparator.GE);
        before.put("≤", ValueComparator.LE);
        before.put("≦", ValueComparator.LE);
        before.put(">", ValueComparator.GT);
        before.put("<", ValueComparator.LT);
        before.put("==", ValueComparator.EQ);
        before.put("=", ValueComparator.EQ);
        BEFORE = Collections.unmodifiableMap(before);

        Map<String, ValueComparator> after = new LinkedHashMap<>();
        after.put("及以上", ValueComparator.GE);
        after.put("或以上", ValueComparator.GE);
        after.put("以上", ValueComparator.GE);
        after.put("及以下", ValueComparator.LE);
        after.put("或以下", ValueComparator.LE);
        after.put("以下", ValueComparator.LE);
        after.put("以内", ValueComparator.LE);
        after.put("之内", ValueComparator.LE);
        AFTER = Collections.unmodifiableMap(after);
    }

    private ComparatorWords() {
    }

    /** {@link #BEFORE} followed by a parser's own extra words, still in one iteration order. */
    public static Map<String, ValueComparator> beforeWith(Map<String, ValueComparator> extra) {
        Map<String, ValueComparator> all = new LinkedHashMap<>(BEFORE);
        all.putAll(extra);
        return Collections.unmodifiableMap(all);
    }

    /** A regex alternation of the words, in their order, each quoted. */
    public static String alternation(Iterable<String> words) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (!out.isEmpty()) {
                out.append('|');
            }
            out.append(java.util.regex.Pattern.quote(word));
        }
        return out.toString();
    }
}
