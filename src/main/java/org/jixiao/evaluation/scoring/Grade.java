package org.jixiao.evaluation.scoring;

/** The self-evaluation's grade from its total (bands in {@link GradeBands}). */
public enum Grade {
    EXCELLENT("优"), GOOD("良"), FAIR("中"), POOR("差");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
