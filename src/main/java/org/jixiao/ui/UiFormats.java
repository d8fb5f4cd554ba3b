package org.jixiao.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How times, money (万元) and percentages read on screen; shared by every feature's views. */
public final class UiFormats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private UiFormats() {
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** 2 decimals, plain (no exponent), empty for null. */
    public static String decimal(BigDecimal value) {
        return value == null ? "" : value.setScale(Math.max(2, value.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    /** A number as typed, without trailing zeros ("12", "95.5"). */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
