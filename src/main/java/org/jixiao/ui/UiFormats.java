package org.jixiao.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How dates, times, money (万元) and percentages read on screen; shared by every feature's views, so there is one
 * date format (yyyy-MM-dd, times yyyy-MM-dd HH:mm) and one money format (#,##0.00) in the whole UI.
 */
public final class UiFormats {
    public static final String DATE_PATTERN = "yyyy-MM-dd";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final String MONEY = "#,##0.00";

    private UiFormats() {
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** A wall-clock time as stored (the audit log), to the minute like {@link #time(Instant)}. */
    public static String time(java.time.LocalDateTime at) {
        return at == null ? "" : TIME.format(at.atZone(ZoneId.systemDefault()));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** 万元 as the official tables print them: #,##0.00 ("1,234.50"), empty for null. */
    public static String money(BigDecimal value) {
        if (value == null) {
            return "";
        }
        // DecimalFormat is not thread-safe: one per call (cheap next to a Vaadin round trip).
        DecimalFormat format = new DecimalFormat(MONEY, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
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

    /** A date picker that shows and parses yyyy-MM-dd whatever the browser's locale would make of it. */
    public static DatePicker isoDates(DatePicker picker) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat(DATE_PATTERN);
        i18n.setFirstDayOfWeek(1);
        picker.setI18n(i18n);
        return picker;
    }
}
