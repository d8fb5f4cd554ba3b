package org.jixiao.targets;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** Word comparators in front of the number, longest first so 大于等于 wins over 大于. */
    private static final Map<String, ValueComparator> PREFIX_WORDS = new LinkedHashMap<>();
    /** Word comparators after the number and unit: 90%以上, 48小时以内. */
    private static final Map<String, ValueComparator> SUFFIX_WORDS = new LinkedHashMap<>();

    static {
        PREFIX_WORDS.put("大于或等于", ValueComparator.GE);
        PREFIX_WORDS.put("小于或等于", ValueComparator.LE);
        PREFIX_WORDS.put("大于等于", ValueComparator.GE);
        PREFIX_WORDS.put("小于等于", ValueComparator.LE);
        PREFIX_WORDS.put("不少于", ValueComparator.GE);
        PREFIX_WORDS.put("不低于", ValueComparator.GE);
        PREFIX_WORDS.put("不小于", ValueComparator.GE);
        PREFIX_WORDS.put("至少", ValueComparator.GE);
        PREFIX_WORDS.put("达到", ValueComparator.GE);
        PREFIX_WORDS.put("不超过", ValueComparator.LE);
        PREFIX_WORDS.put("不高于", ValueComparator.LE);
        PREFIX_WORDS.put("不大于", ValueComparator.LE);
        PREFIX_WORDS.put("不多于", ValueComparator.LE);
        PREFIX_WORDS.put("控制在", ValueComparator.LE);
        PREFIX_WORDS.put("低于", ValueComparator.LT);
        PREFIX_WORDS.put("少于", ValueComparator.LT);
        PREFIX_WORDS.put("小于", ValueComparator.LT);
        PREFIX_WORDS.put("高于", ValueComparator.GT);
        PREFIX_WORDS.put("多于", ValueComparator.GT);
        PREFIX_WORDS.put("超过", ValueComparator.GT);
        PREFIX_WORDS.put("大于", ValueComparator.GT);
        PREFIX_WORDS.put("等于", ValueComparator.EQ);
        PREFIX_WORDS.put(">=", ValueComparator.GE);
        PREFIX_WORDS.put("<=", ValueComparator.LE);
        PREFIX_WORDS.put("≥", ValueComparator.GE);
        PREFIX_WORDS.put("≧", ValueComparator.GE);
        PREFIX_WORDS.put("≤", ValueComparator.LE);
        PREFIX_WORDS.put("≦", ValueComparator.LE);
        PREFIX_WORDS.put(">", ValueComparator.GT);
        PREFIX_WORDS.put("<", ValueComparator.LT);
        PREFIX_WORDS.put("==", ValueComparator.EQ);
        PREFIX_WORDS.put("=", ValueComparator.EQ);
        // Seen in real forms: "-100%" typed where "=100%" was meant; the dash is not a sign.
        PREFIX_WORDS.put("-", ValueComparator.EQ);
        PREFIX_WORDS.put("—", ValueComparator.EQ);

        SUFFIX_WORDS.put("及以上", ValueComparator.GE);
        SUFFIX_WORDS.put("或以上", ValueComparator.GE);
        SUFFIX_WORDS.put("以上", ValueComparator.GE);
        SUFFIX_WORDS.put("及以下", ValueComparator.LE);
        SUFFIX_WORDS.put("或以下", ValueComparator.LE);
        SUFFIX_WORDS.put("以下", ValueComparator.LE);
        SUFFIX_WORDS.put("以内", ValueComparator.LE);
        SUFFIX_WORDS.put("之内", ValueComparator.LE);
    }

    private static final Pattern NUMBER_THEN_UNIT =
            Pattern.compile("^(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(.*)$");
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
            return IndicatorValue.unrecognized(null, null, "指标值前后的比较方式矛盾（「" + text.strip() + "」）");
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
                return IndicatorValue.unrecognized(null, null, "指标值前后的比较方式矛盾（「" + text.strip() + "」）");
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
                return IndicatorValue.unrecognized(null, null, "无法识别指标值「" + text.strip() + "」");
            }
            String digits = number.group(1).replace(",", "") + (number.group(2) == null ? "" : "." + number.group(2));
            return IndicatorValue.quantitative(comparator == null ? ValueComparator.EQ : comparator,
                    new BigDecimal(digits), unit.isEmpty() ? null : unit);
        }
        Matcher placeholder = PLACEHOLDER_THEN_UNIT.matcher(s);
        if (s.isEmpty() || placeholder.matches()) {
            String unit = s.isEmpty() ? "" : placeholder.group(1);
            return IndicatorValue.unrecognized(comparator,
                    UNIT.matcher(unit).matches() ? unit : null, "指标值缺少数字（「" + text.strip() + "」）");
        }
        if (!DIGIT.matcher(s).find() && !hasPlaceholder && comparator != null) {
            // "≥天": a comparator and a unit, but the number was never filled in.
            return IndicatorValue.unrecognized(comparator,
                    UNIT.matcher(s).matches() ? s : null, "指标值缺少数字（「" + text.strip() + "」）");
        }
        return IndicatorValue.unrecognized(null, null, "无法识别指标值「" + text.strip() + "」");
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

    /** Full-width forms to ASCII (＞３年 → >3年), then all whitespace out: people pad freely. */
    private static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = s.replace('％', '%').replace('。', '.').replace('，', ',');
        return s.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }
}
