package org.jixiao.targets.sheet;

import org.jixiao.common.xlsx.CellError;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.targets.Indicator;

/**
 * The indicator part of an official table, from its header row (一级指标 二级指标 三级指标 … 指标值) down. Columns are
 * found by their header, so the project layout (with 绩效指标描述 and 指标值确定依据) and the department layout (一级 to
 * 指标值 only, behind a merged 年度绩效指标 column) read the same way. A blank or merged 一级/二级 carries down from the
 * row above; a row with only 一级/二级 filled starts a group; empty rows are skipped.
 */
final class IndicatorTable {

    record Result(List<Indicator> indicators, List<CellError> errors, List<CellError> warnings,
                  Map<String, String> cells) {
    }

    private IndicatorTable() {
    }

    /** The header row: the first with both 一级指标 and 三级指标, or -1. */
    static int headerRow(SheetGrid g) {
        for (int r = 0; r < g.rows(); r++) {
            boolean level1 = false;
            boolean name = false;
            for (int c = 0; c < g.columns(); c++) {
                String label = g.label(r, c);
                level1 |= "一级指标".equals(label);
                name |= "三级指标".equals(label);
            }
            if (level1 && name) {
                return r;
            }
        }
        return -1;
    }

    static Result read(SheetGrid g, int header) {
        List<Indicator> indicators = new ArrayList<>();
        List<CellError> errors = new ArrayList<>();
        List<CellError> warnings = new ArrayList<>();
        Map<String, String> cells = new java.util.HashMap<>();
        Map<IndicatorRows.Column, Integer> at = new EnumMap<>(IndicatorRows.Column.class);
        for (int c = 0; c < g.columns(); c++) {
            IndicatorRows.Column column = SheetLabels.column(g.label(header, c));
            if (column != null) {
                at.putIfAbsent(column, c);
            }
        }
        for (IndicatorRows.Column needed : List.of(IndicatorRows.Column.LEVEL2, IndicatorRows.Column.VALUE)) {
            if (!at.containsKey(needed)) {
                errors.add(new CellError(SheetGrid.ref(header, 0), "indicators",
                        "指标表头缺少「" + needed.label + "」列"));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(indicators, errors, warnings, cells);
        }
        String level1 = null;
        String level2 = null;
        for (int r = header + 1; r < g.rows(); r++) {
            int row = r;
            String l1 = text(g, r, at, IndicatorRows.Column.LEVEL1);
            String l2 = text(g, r, at, IndicatorRows.Column.LEVEL2);
            String name = text(g, r, at, IndicatorRows.Column.NAME);
            String value = text(g, r, at, IndicatorRows.Column.VALUE);
            boolean rest = at.keySet().stream().filter(k -> k.ordinal() > IndicatorRows.Column.LEVEL2.ordinal())
                    .anyMatch(k -> text(g, row, at, k) != null);
            if (l1 == null && l2 == null && !rest) {
                continue; // a blank continuation row
            }
            if (l1 != null) {
                level1 = l1;
                level2 = l2;
            } else if (l2 != null) {
                level2 = l2;
            }
            if (name == null && value == null && !rest) {
                continue; // 一级/二级 heading a group whose rows follow
            }
            int index = indicators.size();
            IndicatorRows.Texts texts = new IndicatorRows.Texts(level1, level2, name,
                    text(g, r, at, IndicatorRows.Column.DESCRIPTION), value, weight(g, r, at),
                    text(g, r, at, IndicatorRows.Column.BASIS), text(g, r, at, IndicatorRows.Column.STANDARD),
                    text(g, r, at, IndicatorRows.Column.SCORING_RULE));
            IndicatorRows.Row read = IndicatorRows.read(index, texts,
                    column -> SheetGrid.ref(row, at.getOrDefault(column, at.get(IndicatorRows.Column.NAME))));
            errors.addAll(read.errors());
            warnings.addAll(read.warnings());
            for (IndicatorRows.Column column : at.keySet()) {
                cells.put("indicators[" + index + "]." + field(column), SheetGrid.ref(row, at.get(column)));
            }
            cells.put("indicators[" + index + "]", SheetGrid.ref(row, at.get(IndicatorRows.Column.NAME)));
            indicators.add(read.indicator());
        }
        return new Result(indicators, errors, warnings, cells);
    }

    private static String text(SheetGrid g, int r, Map<IndicatorRows.Column, Integer> at, IndicatorRows.Column k) {
        Integer c = at.get(k);
        return c == null ? null : g.text(r, c);
    }

    /** 分值 from the cell's exact number when it holds one (25 displayed as "25.00" stays 25.00). */
    private static String weight(SheetGrid g, int r, Map<IndicatorRows.Column, Integer> at) {
        Integer c = at.get(IndicatorRows.Column.WEIGHT);
        if (c == null) {
            return null;
        }
        return g.number(r, c) != null ? g.number(r, c).toPlainString() : g.text(r, c);
    }

    private static String field(IndicatorRows.Column column) {
        return switch (column) {
            case LEVEL1 -> "level1";
            case LEVEL2 -> "level2";
            case NAME -> "name";
            case DESCRIPTION -> "description";
            case VALUE -> "valueText";
            case WEIGHT -> "weight";
            case BASIS -> "basis";
            case STANDARD -> "standard";
            case SCORING_RULE -> "scoringRule";
        };
    }
}
