package org.jixiao.targets.sheet;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Amounts and percentages as people type them into a sheet: 200, 200.00, 1,377.88, 200万元, 25%. */
final class Numbers {
    /** Bounded so no text turns into a huge BigDecimal: at most 16 integer digits and 10 decimals. */
    private static final Pattern NUMBER = Pattern.compile("^-?(\\d{1,3}(,\\d{3}){1,5}|\\d{1,16})(\\.\\d{1,10})?$");
    private static final int QUOTE = 30;

    private Numbers() {
    }

    /** The number, or null when the text is not one. */
    static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replaceAll("[\\s\\u3000]+", "").replace('，', ',').replace('．', '.');
        if (t.endsWith("万元")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("元") || t.endsWith("万")) {
            t = t.substring(0, t.length() - 1);
        }
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        return new BigDecimal(t.replace(",", ""));
    }

    /** A percentage: "25%", "25", or 0.25 from a cell formatted as percent (the caller passes 25 then). */
    static BigDecimal percent(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.endsWith("%") || t.endsWith("％")) {
            t = t.substring(0, t.length() - 1);
        }
        return parse(t);
    }

    /** At least 2 decimals as 万元 are shown (200 → 200.00), never rounded: extra decimals are the validator's to refuse. */
    static BigDecimal money(BigDecimal value) {
        return value.setScale(Math.max(2, value.stripTrailingZeros().scale()), java.math.RoundingMode.UNNECESSARY);
    }

    static String quote(String text) {
        String t = text.strip();
        return t.length() <= QUOTE ? t : t.substring(0, QUOTE) + "…";
    }
}
