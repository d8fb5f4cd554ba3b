package org.jixiao.monitoring.lights;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/** Combining lights: a target's light is the worst of its budget light and its indicator lights. */
public final class Lights {

    private Lights() {
    }

    /**
     * The worst light by {@link Light#severity()} (RED, YELLOW, BLUE, GREEN); null entries (not lit yet) are
     * skipped; null when the collection is null, empty or holds only nulls.
     */
    public static Light worst(Collection<Light> lights) {
        if (lights == null) {
            return null;
        }
        return lights.stream().filter(Objects::nonNull).max(Light.BY_SEVERITY).orElse(null);
    }

    /** {@link #worst(Collection)} over a few lights, e.g. {@code worst(budget, pace)}. */
    public static Light worst(Light... lights) {
        return lights == null ? null : worst(Arrays.asList(lights));
    }
}
