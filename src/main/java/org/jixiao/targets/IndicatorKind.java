package org.jixiao.targets;

/**
 * How an indicator's progress is read mid-year (docs/rules.md §2). Only counts and amounts that build up over the
 * year can be pro-rated by time; rates and levels are measured as they stand.
 */
public enum IndicatorKind {
    /** 累计型: counts and amounts that accumulate (次, 人次, 个, 项, 万元 spent); progress is pro-rated by m/12. */
    CUMULATIVE("累计型"),
    /** 状态型: rates and levels that are measured, not accumulated (合格率, 覆盖率, 满意度); compared directly. */
    LEVEL("状态型");

    private final String label;

    IndicatorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
