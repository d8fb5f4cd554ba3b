package org.jixiao.evaluation.scoring;

/** How a lower-is-better (≤, &lt;) indicator loses points once the actual value exceeds the target. */
public enum LowerIsBetterFormula {
    /** Central default: {@code t < a < 2t → (1 − (a − t)/t) × w}, {@code a ≥ 2t → 0}. */
    BAND("a ≤ t 得满分；t < a < 2t 得 (1 − (a − t)/t) × 权重分；a ≥ 2t 不得分"),
    /** A regional variant: {@code a > t → t / a × w}. */
    RATIO("a ≤ t 得满分；a > t 得 t/a × 权重分");

    private final String description;

    LowerIsBetterFormula(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
