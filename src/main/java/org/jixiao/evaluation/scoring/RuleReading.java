package org.jixiao.evaluation.scoring;

import java.util.Objects;

/**
 * What {@link ScoringRuleParser} made of a prose 评分标准: the rule it read, or why it could not (then the default
 * formula applies and the form says so next to the indicator). Immutable; its one-line description is composed
 * once, since a reading is made per target and shown on every score.
 */
public final class RuleReading {
    private static final RuleReading NONE = new RuleReading(null, null, null, null);

    private final String source;
    private final StepRule rule;
    private final String fallbackReason;
    private final String note;
    private final String description;

    private RuleReading(String source, StepRule rule, String fallbackReason, String note) {
        this.source = source;
        this.rule = rule;
        this.fallbackReason = fallbackReason;
        this.note = note;
        if (rule != null) {
            description = "按评分标准计分（" + rule.description() + "）" + (note == null ? "" : "；" + note);
        } else {
            description = source != null ? "评分标准未能识别（" + fallbackReason + "），按默认公式计分" : "未写评分标准，按默认公式计分";
        }
    }

    public static RuleReading none() {
        return NONE;
    }

    static RuleReading read(String source, StepRule rule, String note) {
        return new RuleReading(source, Objects.requireNonNull(rule), null, note);
    }

    static RuleReading fallback(String source, String reason) {
        return new RuleReading(source, null, Objects.requireNonNull(reason), null);
    }

    /** The prose as written; null when the indicator has no 评分标准. */
    public String source() {
        return source;
    }

    /** The rule read, or null. */
    public StepRule rule() {
        return rule;
    }

    /** Chinese reason the prose could not be read, or null. */
    public String fallbackReason() {
        return fallbackReason;
    }

    /** A remark on a rule that was read (e.g. its full-score line differs from the target), or null. */
    public String note() {
        return note;
    }

    public boolean read() {
        return rule != null;
    }

    public boolean written() {
        return source != null;
    }

    /** One line for the form: the rule applied, or why the default formula applies instead. */
    public String description() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleReading r && Objects.equals(source, r.source) && Objects.equals(rule, r.rule)
                && Objects.equals(fallbackReason, r.fallbackReason) && Objects.equals(note, r.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, rule, fallbackReason, note);
    }

    @Override
    public String toString() {
        return description;
    }
}
