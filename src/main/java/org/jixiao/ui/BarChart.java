package org.jixiao.ui;

import java.util.List;
import java.util.Locale;

/**
 * Counts as a server-side SVG bar chart (monitoring's light distribution, evaluation's grade distribution): no
 * chart library, so no npm and no frontend bundle to rebuild. Pure: counts and labels in, SVG text out.
 */
public final class BarChart {
    static final int WIDTH = 360;
    static final int HEIGHT = 220;
    private static final int TOP = 24;
    private static final int BOTTOM = 36;
    private static final int BAR = 48;

    /** One bar; {@code colour} a CSS colour. */
    public record Bar(String label, int count, String colour) {
    }

    /** One horizontal bar: a named value out of {@code max} (e.g. a department's average score out of 100). */
    public record Value(String label, java.math.BigDecimal value) {
    }

    private BarChart() {
    }

    /**
     * Values as horizontal bars, one row each, the label on the left so long names fit; the value printed at the
     * bar's end with 2 decimals. Missing values (null) get no bar and a dash.
     */
    public static String horizontal(List<Value> values, double max, String title) {
        int rowHeight = 28;
        int labelWidth = 200;
        int barSpace = WIDTH + 160 - labelWidth - 60;
        int height = Math.max(1, values.size()) * rowHeight + 8;
        int width = WIDTH + 160;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">", width, height, width, height, escape(title)));
        svg.append("<title>").append(escape(title)).append("</title>");
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            int y = 4 + i * rowHeight;
            svg.append(String.format(Locale.ROOT,
                    "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"13\">%s</text>",
                    labelWidth - 8, y + 18, escape(v.label())));
            int length = v.value() == null || max <= 0 ? 0
                    : (int) Math.round(Math.min(1, Math.max(0, v.value().doubleValue() / max)) * barSpace);
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#1565c0\"><title>%s %s</title></rect>",
                    labelWidth, y + 4, length, rowHeight - 10, escape(v.label()), text(v.value())));
            svg.append(String.format(Locale.ROOT,
                    "<text class=\"value\" x=\"%d\" y=\"%d\" font-size=\"13\">%s</text>",
                    labelWidth + length + 6, y + 18, text(v.value())));
        }
        return svg.append("</svg>").toString();
    }

    private static String text(java.math.BigDecimal value) {
        return value == null ? "—" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public static String svg(List<Bar> bars, String title) {
        int max = bars.stream().mapToInt(Bar::count).max().orElse(0);
        int plot = HEIGHT - TOP - BOTTOM;
        int slot = bars.isEmpty() ? WIDTH : WIDTH / bars.size();
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">", WIDTH, HEIGHT, WIDTH, HEIGHT, escape(title)));
        svg.append("<title>").append(escape(title)).append("</title>");
        int baseline = TOP + plot;
        svg.append(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#9e9e9e\"/>",
                baseline, WIDTH, baseline));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int count = Math.max(0, bar.count());
            int height = max == 0 ? 0 : (int) Math.round((double) count * plot / max);
            if (count > 0 && height < 2) {
                height = 2;
            }
            int center = slot * i + slot / 2;
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s %d</title></rect>",
                    center - BAR / 2, baseline - height, BAR, height, escape(bar.colour()), escape(bar.label()), count));
            svg.append(String.format(Locale.ROOT,
                    "<text class=\"count\" x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"14\">%d</text>",
                    center, baseline - height - 6, count));
            svg.append(String.format(Locale.ROOT,
                    "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"14\">%s</text>",
                    center, baseline + 22, escape(bar.label())));
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
