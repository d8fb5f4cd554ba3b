package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;

/**
 * The evaluator's grade of a qualitative indicator, each with its band of the weight w:
 * 达成年度指标 [0.8w, w], 部分达成并具有一定效果 [0.6w, 0.8w), 未达成且效果较差 [0, 0.6w).
 */
public enum QualitativeGrade {
    ACHIEVED("达成年度指标", "0.8", "1", true),
    PARTIAL("部分达成并具有一定效果", "0.6", "0.8", false),
    NOT_ACHIEVED("未达成且效果较差", "0", "0.6", false);

    private final String label;
    private final BigDecimal from;
    private final BigDecimal to;
    private final boolean toInclusive;

    QualitativeGrade(String label, String from, String to, boolean toInclusive) {
        this.label = label;
        this.from = new BigDecimal(from);
        this.to = new BigDecimal(to);
        this.toInclusive = toInclusive;
    }

    public String label() {
        return label;
    }

    public BigDecimal lowest(BigDecimal weight) {
        return from.multiply(weight);
    }

    public BigDecimal highest(BigDecimal weight) {
        return to.multiply(weight);
    }

    public boolean accepts(BigDecimal score, BigDecimal weight) {
        if (score.compareTo(lowest(weight)) < 0) {
            return false;
        }
        int top = score.compareTo(highest(weight));
        return toInclusive ? top <= 0 : top < 0;
    }

    /** The band as the form shows it: [8, 10] or [6, 8). */
    public String band(BigDecimal weight) {
        return "[" + Scores.plain(lowest(weight)) + ", " + Scores.plain(highest(weight)) + (toInclusive ? "]" : ")");
    }

    /** Why a score is refused, in Chinese; null when it is inside the band. */
    public String refusal(BigDecimal score, BigDecimal weight) {
        if (accepts(score, weight)) {
            return null;
        }
        return "「" + label + "」的得分须在 " + band(weight) + " 之间，现为 " + Scores.plain(score);
    }
}
