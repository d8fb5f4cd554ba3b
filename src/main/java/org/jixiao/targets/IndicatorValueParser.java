package org.jixiao.targets;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.common.Limits;

/**
 * Reads the indicator value text people type (指标值) into comparator, number and unit.
 *
 * <p>Real forms are messy and must be read, not rejected: {@code ≥12次}, {@code ≥ 95%}, {@code 90%以上},
 * {@code 不少于4次}, {@code 不超过 33 万元}, {@code -100%} (a typo for {@code =100%}), {@code 10万 人次},
 * {@code ＞3年}, {@code 48小时以内}, and a short phrase before the number when a comparator is given
 * ({@code 达到应急救援95%以上}, {@code 覆盖率不低于90%}). Text without any digit is a qualitative target (按时完成, 长期, 有效降低);
 * a placeholder such as {@code ≥**天} keeps what could be read and says the number is missing.
 * The original text always stays beside the result (see {@link Indicator}).
 */
public final class IndicatorValueParser {

    /** Word comparators in front of the number (shared vocabulary), plus the dash typo only values have. */
    private static final Map<String, ValueComparator> PREFIX_WORDS = ComparatorWords.beforeWith(dashes());
    /** Word comparators after the number and unit: 90%以上, 48小时以内. */
    private static final Map<String, ValueComparator> SUFFIX_WORDS = ComparatorWords.AFTER;
    /** Longer numbers than any column holds are not read digit by digit (and never turned into a BigDecimal). */
    private static final int MAX_INTEGER_DIGITS = Limits.VALUE.integerDigits();
    private static final int MAX_DECIMALS = 10;
    /** How much of the typed text a message quotes. */
    private static final int QUOTE = 40;

    private static Map<String, ValueComparator> dashes() {
        Map<String, ValueComparator> dashes = new LinkedHashMap<>();
        // Seen in real forms: "-100%" typed where "=100%" was meant; the dash is not a sign.
        dashes.put("-", ValueComparator.EQ);
        dashes.put("—", ValueComparator.EQ);
        return dashes;
    }

    /** Thousands groups are bounded: an unbounded repeated group recurses once per group in java.util.regex. */
    private static final Pattern NUMBER_THEN_UNIT =
            Pattern.compile("^(\\d{1,3}(?:,\\d{3}){1,6}|\\d+)(?:\\.(\\d+))?(.*)$");
    private static final Pattern PROSE_THEN_NUMBER = Pattern.compile("^(\\p{IsHan}{1,16}?)(\\d.*)$");
    private static final Pattern PLACEHOLDER_THEN_UNIT = Pattern.compile("^[*]+(.*)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("[*]");
    private static final Pattern SYMBOLIC_PREFIX = Pattern.compile("^(>=|<=|[≥≧≤≦><=\\-—])");
    private static final Pattern UNIT = Pattern.compile("^[\\p{IsHan}%‰a-zA-Z/·][\\p{IsHan}%‰a-zA-Z/·0-9]{0,15}$");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private IndicatorValueParser() {
    }

    public static IndicatorValue parse(String text) {
        if (text == null || text.isBlank()) {
            return IndicatorValue.unrecognized(null, null, "未填写指标值");
        }
        String s = normalize(text);
        boolean hasDigit = DIGIT.matcher(s).find();
        boolean hasPlaceholder = PLACEHOLDER.matcher(s).find();
        boolean symbolic = SYMBOLIC_PREFIX.matcher(s).find();
        if (!hasDigit && !hasPlaceholder && !symbolic) {
            // 按时完成, 长期, 有效降低, 达到预期, 控制在预算以内: nothing to count, so a qualitative target.
            return IndicatorValue.qualitativeTarget();
        }

        ValueComparator comparator = null;
        for (Map.Entry<String, ValueComparator> word : PREFIX_WORDS.entrySet()) {
            if (s.startsWith(word.getKey())) {
                comparator = word.getValue();
                s = s.substring(word.getKey().length());
                break;
            }
        }
        ValueComparator suffixComparator = null;
        for (Map.Entry<String, ValueComparator> word : SUFFIX_WORDS.entrySet()) {
            if (s.endsWith(word.getKey()) && s.length() > word.getKey().length()) {
                suffixComparator = word.getValue();
                s = s.substring(0, s.length() - word.getKey().length());
                break;
            }
        }
        if (comparator != null && suffixComparator != null && comparator != suffixComparator) {
            return IndicatorValue.unrecognized(null, null, "指标值前后的比较方式矛盾（「" + quote(text) + "」）");
        }
        if (comparator == null) {
            comparator = suffixComparator;
        }

        Matcher prose = PROSE_THEN_NUMBER.matcher(s);
        if (prose.matches()) {
            // 达到应急救援95%以上, 覆盖率不低于90%: a few words naming what is measured come before the number. Read
            // only when a comparator says how to compare; without one (第3季度) the number is not guessed at.
            ValueComparator lead = trailingComparator(prose.group(1));
            if (comparator != null && lead != null && comparator != lead) {
                return IndicatorValue.unrecognized(null, null, "指标值前后的比较方式矛盾（「" + quote(text) + "」）");
            }
            if (comparator == null) {
                comparator = lead;
            }
            if (comparator != null) {
                s = prose.group(2);
            }
        }
        Matcher number = NUMBER_THEN_UNIT.matcher(s);
        if (number.matches()) {
            String unit = number.group(3);
            if (!unit.isEmpty() && !UNIT.matcher(unit).matches()) {
                return IndicatorValue.unrecognized(null, null, "无法识别指标值「" + quote(text) + "」");
            }
            String integer = number.group(1).replace(",", "");
            String fraction = number.group(2);
            if (integer.length() > MAX_INTEGER_DIGITS || (fraction != null && fraction.length() > MAX_DECIMALS)) {
                return IndicatorValue.unrecognized(null, null, "指标值的数字过大或小数位过多（「" + quote(text) + "」）");
            }
            String digits = integer + (fraction == null ? "" : "." + fraction);
            return IndicatorValue.quantitative(comparator == null ? ValueComparator.EQ : comparator,
                    new BigDecimal(digits), unit.isEmpty() ? null : unit);
        }
        Matcher placeholder = PLACEHOLDER_THEN_UNIT.matcher(s);
        if (s.isEmpty() || placeholder.matches()) {
            String unit = s.isEmpty() ? "" : placeholder.group(1);
            return IndicatorValue.unrecognized(comparator,
                    UNIT.matcher(unit).matches() ? unit : null, "指标值缺少数字（「" + quote(text) + "」）");
        }
        if (!DIGIT.matcher(s).find() && !hasPlaceholder && comparator != null) {
            // "≥天": a comparator and a unit, but the number was never filled in.
            return IndicatorValue.unrecognized(comparator,
                    UNIT.matcher(s).matches() ? s : null, "指标值缺少数字（「" + quote(text) + "」）");
        }
        return IndicatorValue.unrecognized(null, null, "无法识别指标值「" + quote(text) + "」");
    }

    /** The word comparator a run of prose ends with (覆盖率不低于 → GE), if any. */
    private static ValueComparator trailingComparator(String prose) {
        for (Map.Entry<String, ValueComparator> word : PREFIX_WORDS.entrySet()) {
            if (prose.endsWith(word.getKey())) {
                return word.getValue();
            }
        }
        return null;
    }

    /** The typed text for a message, cut short: a message never repeats a 100,000-character input. */
    private static String quote(String text) {
        String t = text.strip();
        return t.length() <= QUOTE ? t : t.substring(0, QUOTE) + "…";
    }

    /** Full-width forms to ASCII (＞３年 → >3年), then all whitespace out: people pad freely. */
    private static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = s.replace('％', '%').replace('。', '.').replace('，', ',');
        return s.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }
}
