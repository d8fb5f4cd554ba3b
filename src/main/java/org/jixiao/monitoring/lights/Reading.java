package org.jixiao.monitoring.lights;

import java.math.BigDecimal;

/**
 * What a light function decided.
 *
 * @param light the light, or null when there is nothing to judge yet (no value to date, no 执行数 yet,
 *              an unreadable target value) — the report shows no light rather than a guessed one
 * @param ratio the v the light was decided on, in percent with 2 decimals (HALF_UP); null where the rule
 *              uses no ratio (lower-is-better, qualitative, zero budget or target, nothing planned yet)
 */
public record Reading(Light light, BigDecimal ratio) {

    /** No light yet. */
    public static final Reading UNLIT = new Reading(null, null);

    static Reading of(Light light) {
        return new Reading(light, null);
    }

    public boolean lit() {
        return light != null;
    }
}
