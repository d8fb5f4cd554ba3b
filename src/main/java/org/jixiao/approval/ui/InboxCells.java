package org.jixiao.approval.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jixiao.approval.InboxItem;

/** The cells of the inbox grids: 万元 as #,##0.00, dates as yyyy-MM-dd, the year or round, the light. */
final class InboxCells {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter ARRIVED = DATE.withZone(ZoneId.systemDefault());

    private InboxCells() {
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(amount);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String date(Instant instant) {
        return instant == null ? "" : ARRIVED.format(instant);
    }

    /** "2059年1–6月监控", "2059年度自评", "2007年度": the year as digits, never "2,059". */
    static String period(Component c, InboxItem item) {
        if (item.getFiscalYear() == null) {
            return "";
        }
        String year = String.valueOf(item.getFiscalYear());
        String key = "inbox.period." + item.getSubjectType();
        String text = item.getPeriodMonth() == null ? c.getTranslation(key, year)
                : c.getTranslation(key, year, String.valueOf(item.getPeriodMonth()));
        return text.startsWith("!") ? c.getTranslation("inbox.period.TARGET", year) : text;
    }

    static String type(Component c, String type) {
        String text = c.getTranslation("inbox.type." + type);
        return text.startsWith("!") ? type : text;
    }

    /** The light as a coloured word; nothing where a kind has no light. */
    static Span light(Grid<?> grid, String light) {
        Span span = new Span(light == null ? "" : grid.getTranslation("light." + light));
        if (light != null) {
            String color = switch (light) {
                case "RED" -> "var(--lumo-error-text-color)";
                case "YELLOW" -> "#b57f00";
                case "GREEN" -> "var(--lumo-success-text-color)";
                default -> "#1565c0";
            };
            span.getStyle().set("color", color).set("font-weight", "600");
        }
        return span;
    }

    /** The due date, in red and bold once past, saying 已逾期 in its tooltip. */
    static Span due(Grid<?> grid, InboxItem item, LocalDate today) {
        Span span = new Span(date(item.getDueDate()));
        if (item.overdueOn(today)) {
            span.getElement().setAttribute("title", grid.getTranslation("inbox.overdue"));
            span.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            span.addClassName("inbox-overdue");
        }
        return span;
    }
}
