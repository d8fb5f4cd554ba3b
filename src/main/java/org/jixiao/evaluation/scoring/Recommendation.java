package org.jixiao.evaluation.scoring;

/** What the next budget does with a project after its grade (results application, 结果应用). */
public enum Recommendation {
    PRIORITY("优先保障"), KEEP("保持"), REDUCE("压减"), CANCEL("取消");

    private final String defaultLabel;

    Recommendation(String defaultLabel) {
        this.defaultLabel = defaultLabel;
    }

    public String defaultLabel() {
        return defaultLabel;
    }
}
