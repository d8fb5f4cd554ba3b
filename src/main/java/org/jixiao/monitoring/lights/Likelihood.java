package org.jixiao.monitoring.lights;

/** 完成目标可能性 as the unit judges it in the monitoring report. */
public enum Likelihood {
    CERTAIN("确定能"),
    POSSIBLE("有可能"),
    /** Always a red light, whatever the numbers say. */
    IMPOSSIBLE("完全不可能");

    private final String label;

    Likelihood(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
