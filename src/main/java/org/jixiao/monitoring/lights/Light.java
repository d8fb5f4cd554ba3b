package org.jixiao.monitoring.lights;

import java.util.Comparator;

/**
 * A warning light (预警灯). The declaration order is the display order of the API and dashboard
 * (red, yellow, green, blue); how bad a light is comes from {@link #severity()}, never from the ordinal.
 *
 * <p>Severity, worst first: RED, YELLOW, BLUE, GREEN. Blue (≥ 120% of the pro-rated target) says the work is
 * <em>ahead</em>: nothing in this year's delivery is at risk, so no correction is needed now, but the target was
 * probably set too low — a planning-quality remark for the reviewers and next year's target. Yellow says the
 * target itself is at risk and asks for corrective measures this year, so it must outrank blue; blue still
 * outranks green because it wants an explanation (the issue: reasons are required wherever a light is not green).
 */
public enum Light {
    RED("红", 3),
    YELLOW("黄", 2),
    GREEN("绿", 0),
    BLUE("蓝", 1);

    /** Orders lights from the mildest (GREEN) to the worst (RED); {@code Collections.max} gives the worst. */
    public static final Comparator<Light> BY_SEVERITY = Comparator.comparingInt(Light::severity);

    private final String label;
    private final int severity;

    Light(String label, int severity) {
        this.label = label;
        this.severity = severity;
    }

    /** 红, 黄, 绿 or 蓝. */
    public String label() {
        return label;
    }

    /** 0 for GREEN up to 3 for RED. */
    public int severity() {
        return severity;
    }

    public boolean isWorseThan(Light other) {
        return severity > other.severity;
    }

    /** Every light but green asks the unit for 偏差原因 and 纠偏措施 (issue 3). */
    public boolean needsExplanation() {
        return this != GREEN;
    }
}
