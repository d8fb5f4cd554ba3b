package org.jixiao.monitoring;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** 偏差原因 of an indicator off track; several may apply. Stored as a comma-separated list of names. */
public enum DeviationReason {
    FUNDING("经费保障"), RULES("制度保障"), STAFF("人员保障"), HARDWARE("硬件条件保障"), OTHER("其他");

    private final String label;

    DeviationReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label of a stored code; an unknown code is shown as it is. */
    public static String labelOf(String code) {
        for (DeviationReason reason : values()) {
            if (reason.name().equals(code)) {
                return reason.label;
            }
        }
        return code;
    }

    public static String join(Set<DeviationReason> reasons) {
        return reasons == null || reasons.isEmpty() ? null
                : reasons.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<DeviationReason> split(String stored) {
        Set<DeviationReason> result = EnumSet.noneOf(DeviationReason.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(DeviationReason::valueOf).forEach(result::add);
        }
        return result;
    }
}
