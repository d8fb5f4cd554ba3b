package org.jixiao.monitoring.lights;

/** How far a qualitative (定性) indicator is achieved to date. */
public enum Achievement {
    ACHIEVED("达成", Light.GREEN),
    PARTIAL("部分达成", Light.YELLOW),
    NOT_ACHIEVED("未达成", Light.RED);

    private final String label;
    private final Light light;

    Achievement(String label, Light light) {
        this.label = label;
        this.light = light;
    }

    public String label() {
        return label;
    }

    /** 达成 green, 部分达成 yellow, 未达成 red (docs/rules.md §2). */
    public Light light() {
        return light;
    }
}
