package org.jixiao.targets.sheet;

import org.jixiao.common.xlsx.CellError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetKind;
import org.jixiao.targets.sheet.SheetLabels.Key;

/**
 * Reads one sheet in the official layout into a draft target, naming every problem by cell. Labels are found
 * wherever they sit and their value is the next filled cell to the right, so the seeds' tables read as they are:
 * 预算规模及资金用途 merged over two rows with the 资金用途 text in the second, 资金支出计划 months over their
 * percentages, 450001乐亭县应急管理局本级 above the table, the department table's 任务名称 block with its 合计 row and a
 * merged 年度主要任务 column. A table carrying 任务名称 or 部门（单位）名称 is a 部门整体 target, else a project.
 * The money (amounts, spending plan, the 任务名称 block) is read by {@link FundsReader}, the indicator table by
 * {@link IndicatorTable}; {@link SheetCells} puts the draft's own checks on the cells they came from.
 */
final class TargetSheetReader {

    record Read(String sheet, PerformanceTarget target, List<CellError> errors, List<CellError> warnings) {
    }

    private final SheetGrid g;
    private final PerformanceTarget t = new PerformanceTarget();
    private final SheetCells cells = new SheetCells();
    private final List<CellError> errors = cells.errors();
    private final FundsReader funds;

    private TargetSheetReader(SheetGrid g) {
        this.g = g;
        this.funds = new FundsReader(g, t, cells);
    }

    /** {@code defaultYear} is used when the sheet does not say its year (seed 001's tables do not). */
    static Read read(SheetGrid g, Integer defaultYear) {
        return new TargetSheetReader(g).read(defaultYear);
    }

    private Read read(Integer defaultYear) {
        int header = IndicatorTable.headerRow(g);
        if (header < 0) {
            return new Read(g.name(), t, List.of(new CellError(null, "indicators",
                    "未找到指标表头（一级指标、二级指标、三级指标、指标值）")), List.of());
        }
        int taskHeader = -1;
        boolean department = false;
        for (int r = 0; r < header; r++) {
            for (int c = 0; c < g.columns(); c++) {
                Key key = SheetLabels.head(g.label(r, c));
                department |= key == Key.TASK_NAME || key == Key.DEPARTMENT_NAME;
                String text = g.text(r, c);
                department |= text != null && text.contains("整体支出");
                if (key == Key.TASK_NAME && taskHeader < 0) {
                    taskHeader = r;
                }
            }
        }
        t.setKind(department ? TargetKind.DEPARTMENT : TargetKind.PROJECT);
        Integer year = null;
        String title = null;
        Key rowLabel = null;
        boolean inTasks = false;
        for (int r = 0; r < header; r++) {
            inTasks = r == taskHeader || inTasks && !hasGoalsLabel(r);
            if (inTasks && r > taskHeader) {
                funds.task(r);
                continue;
            }
            Key first = firstLabel(r);
            if (first != null) {
                rowLabel = first;
            } else if (g.text(r, 0) == null && rowLabel == Key.FUND_USE_BLOCK && t.getFundUse() == null) {
                t.setFundUse(firstText(r, "fundUse"));
                continue;
            }
            for (int c = 0; c < g.columns(); c++) {
                String text = g.text(r, c);
                Key key = SheetLabels.head(g.label(r, c));
                if (key != null) {
                    year = label(key, r, c, year);
                } else if (text != null && SheetLabels.MONTH.matcher(g.label(r, c)).matches()) {
                    funds.planPoint(r, c);
                } else if (text != null && first == null && rowLabel == null) {
                    Matcher y = SheetLabels.YEAR.matcher(text);
                    if (year == null && text.length() <= 40 && y.find()) {
                        year = Integer.parseInt(y.group(1));
                    }
                    if (title == null && text.endsWith("绩效目标表")) {
                        title = text.replaceFirst("^\\d+\\s*[.、．]\\s*", "").replaceFirst("绩效目标表$", "");
                    }
                    Matcher unit = SheetLabels.CODE_AND_UNIT.matcher(text);
                    if (unit.matches() && t.getUnitCode() == null) {
                        t.setUnitCode(unit.group(1));
                        t.setUnitName(unit.group(2).strip());
                        cells.put("unitCode", SheetGrid.ref(r, c));
                    }
                }
            }
        }
        if (t.getName() == null && title != null && !title.isBlank() && t.getKind() == TargetKind.PROJECT
                && !SheetLabels.PROJECT_TITLE.startsWith(title)) {
            t.setName(title.strip());
        }
        year = year != null ? year : defaultYear;
        if (year == null) {
            errors.add(new CellError(null, "fiscalYear", "未找到预算年度：请在表中填写「预算年度」，或导入时选择年度"));
        } else {
            t.setFiscalYear(year);
        }
        funds.reconcile();
        IndicatorTable.Result indicators = IndicatorTable.read(g, header);
        t.setIndicators(new ArrayList<>(indicators.indicators()));
        errors.addAll(indicators.errors());
        cells.putAll(indicators.cells());
        cells.validate(t);
        return new Read(g.name(), t, errors, indicators.warnings());
    }

    /** Applies one label; returns the year (which only 预算年度 changes). */
    private Integer label(Key key, int r, int c, Integer year) {
        int vc = valueColumn(r, c);
        String value = vc < 0 ? null : g.text(r, vc);
        String ref = vc < 0 ? SheetGrid.ref(r, c) : SheetGrid.ref(r, vc);
        switch (key) {
            case YEAR -> {
                Matcher y = value == null ? null : java.util.regex.Pattern.compile("^(\\d{4})").matcher(value);
                if (y != null && y.find()) {
                    return Integer.parseInt(y.group(1));
                }
                if (value != null) {
                    errors.add(new CellError(ref, "fiscalYear", "预算年度「" + Numbers.quote(value) + "」不是年份"));
                }
            }
            case UNIT_CODE -> set(value, ref, "unitCode", t::setUnitCode);
            case UNIT_NAME -> set(value, ref, "unitName", t::setUnitName);
            case DEPARTMENT_NAME, PROJECT_NAME -> set(value, ref, "name", t::setName);
            case PROJECT_CODE -> set(value, ref, "projectCode", t::setProjectCode);
            case ATTRIBUTE -> set(value, ref, "projectAttribute", t::setProjectAttribute);
            case PERIOD -> set(value, ref, "implementationPeriod", t::setImplementationPeriod);
            case FUND_USE -> set(value, ref, "fundUse", t::setFundUse);
            case GOALS -> set(value, ref, "goals", t::setGoals);
            case PERIOD_GOALS -> set(value, ref, "periodGoals", t::setPeriodGoals);
            case TOTAL -> funds.total(r, vc, ref);
            case FISCAL -> t.setFiscalFunds(funds.money(r, vc, "财政资金", "fiscalFunds"));
            case OTHER -> t.setOtherFunds(funds.money(r, vc, "其他资金", "otherFunds"));
            default -> {
            }
        }
        return year;
    }

    private void set(String value, String ref, String field, java.util.function.Consumer<String> setter) {
        if (value != null) {
            setter.accept(value);
            cells.put(field, ref);
        }
    }

    /** The next filled cell right of a label, unless another label comes first; -1 if none. */
    private int valueColumn(int r, int c) {
        for (int cc = c + 1; cc < g.columns(); cc++) {
            String label = g.label(r, cc);
            if (label == null) {
                continue;
            }
            if (SheetLabels.HEAD.containsKey(label) || SheetLabels.MONTH.matcher(label).matches()) {
                return -1;
            }
            return cc;
        }
        return -1;
    }

    private boolean hasGoalsLabel(int r) {
        for (int c = 0; c < g.columns(); c++) {
            if (SheetLabels.head(g.label(r, c)) == Key.GOALS) {
                return true;
            }
        }
        return false;
    }

    private Key firstLabel(int r) {
        for (int c = 0; c < g.columns(); c++) {
            if (g.text(r, c) != null) {
                return SheetLabels.head(g.label(r, c));
            }
        }
        return null;
    }

    private String firstText(int r, String field) {
        for (int c = 0; c < g.columns(); c++) {
            if (g.text(r, c) != null) {
                cells.put(field, SheetGrid.ref(r, c));
                return g.text(r, c);
            }
        }
        return null;
    }
}
