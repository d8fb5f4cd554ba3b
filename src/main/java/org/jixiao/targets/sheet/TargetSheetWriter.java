package org.jixiao.targets.sheet;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.common.xlsx.FormStyles;
import org.jixiao.common.xlsx.WorkbookStyles;
import org.jixiao.targets.AnnualTask;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.SpendingPlanPoint;
import org.jixiao.targets.TargetKind;

/**
 * Writes a target into a sheet in the official layout (seed 001's 项目支出绩效目标表, seed 002's 部门（单位）整体支出
 * 绩效目标表), with merged 一级/二级 cells as the originals have, in exactly the shape {@link TargetSheetReader} reads:
 * export, template and import are one layout. The indicator table adds 分值, 绩效标准 and 评分标准 columns after the
 * official ones so nothing a target holds is lost on the way out and back. Text goes through {@link WorkbookStyles}
 * so "-100%" or "=…" stays text in Excel.
 */
final class TargetSheetWriter {
    static final int COLUMNS = 9;
    private static final List<String> HEADER = List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "分值",
            "指标值确定依据", "绩效标准", "评分标准");
    private static final int[] DEFAULT_MONTHS = {3, 6, 10, 12};

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final CellStyle title;
    private final CellStyle label;
    private final CellStyle text;
    private final CellStyle money;
    private final CellStyle score;
    private final CellStyle note;
    private int r;

    private TargetSheetWriter(Workbook workbook, FormStyles styles, String sheetName) {
        this.sheet = workbook.createSheet(sheetName);
        this.styles = styles.cells;
        this.title = styles.title;
        this.note = styles.subtitle;
        this.label = styles.label;
        this.text = styles.left;
        this.money = styles.money;
        this.score = styles.score;
        int[] widths = {14, 16, 22, 26, 14, 8, 22, 10, 26};
        for (int c = 0; c < COLUMNS; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    /** Writes the target (or, for a template, a target holding only kind, year and the usual 一级/二级). */
    static void write(Workbook workbook, FormStyles styles, String sheetName, PerformanceTarget t) {
        TargetSheetWriter w = new TargetSheetWriter(workbook, styles, sheetName);
        if (t.getKind() == TargetKind.DEPARTMENT) {
            w.department(t);
        } else {
            w.project(t);
        }
        w.indicators(t.getIndicators());
    }

    private void project(PerformanceTarget t) {
        banner(SheetLabels.PROJECT_TITLE, t.getFiscalYear() + "年度");
        Row row = row();
        put(row, 0, "单位编码", label);
        put(row, 1, t.getUnitCode(), text);
        put(row, 2, "单位名称", label);
        merge(row, 3, 6, t.getUnitName(), text);
        merge(row, 7, 8, "单位：万元", note);
        pair(row(), "项目编码", t.getProjectCode(), "项目名称", t.getName());
        pair(row(), "项目属性", t.getProjectAttribute(), "实施期", t.getImplementationPeriod());
        row = row();
        put(row, 0, "预算规模及资金用途", label);
        put(row, 1, "预算数", label);
        amount(row, 2, t.getFiscalFunds() == null && t.getOtherFunds() == null ? null : t.totalFunds());
        put(row, 3, "其中：财政资金", label);
        amount(row, 4, t.getFiscalFunds());
        put(row, 5, "其他资金", label);
        amount(row, 6, t.getOtherFunds());
        merge(row, 7, 8, null, text);
        merge(row(), 1, 8, t.getFundUse(), text);
        sheet.addMergedRegion(new CellRangeAddress(r - 2, r - 1, 0, 0));
        Row months = row();
        Row percents = row();
        put(months, 0, "资金支出计划（%）", label);
        List<SpendingPlanPoint> plan = t.getSpendingPlan();
        int points = plan.isEmpty() ? DEFAULT_MONTHS.length : Math.min(plan.size(), COLUMNS - 1);
        for (int i = 0; i < COLUMNS - 1; i++) {
            boolean used = i < points;
            put(months, i + 1, !used ? null : (plan.isEmpty() ? DEFAULT_MONTHS[i] : plan.get(i).month()) + "月底", label);
            put(percents, i + 1, !used || plan.isEmpty() ? null : plan.get(i).percent().stripTrailingZeros()
                    .toPlainString() + "%", text);
        }
        sheet.addMergedRegion(new CellRangeAddress(r - 2, r - 1, 0, 0));
        wide("绩效目标", t.getGoals());
        wide("实施期目标", t.getPeriodGoals());
    }

    private void department(PerformanceTarget t) {
        banner(SheetLabels.DEPARTMENT_TITLE, t.getFiscalYear() + "年");
        Row row = row();
        put(row, 0, "部门（单位）名称", label);
        merge(row, 1, 5, t.getName(), text);
        put(row, 6, "单位编码", label);
        merge(row, 7, 8, t.getUnitCode(), text);
        Row head = row();
        Row sub = row();
        put(head, 0, "任务名称", label);
        put(head, 1, "主要内容", label);
        merge(head, 2, 4, "预算金额（万元）", label);
        put(sub, 2, "总额", label);
        put(sub, 3, "财政拨款", label);
        put(sub, 4, "其他资金", label);
        sheet.addMergedRegion(new CellRangeAddress(r - 2, r - 1, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(r - 2, r - 1, 1, 1));
        row = row();
        put(row, 0, "合计", label);
        boolean funded = t.getFiscalFunds() != null || t.getOtherFunds() != null;
        amount(row, 2, funded ? t.totalFunds() : null);
        amount(row, 3, t.getFiscalFunds());
        amount(row, 4, t.getOtherFunds());
        for (AnnualTask task : t.getTasks().isEmpty() ? List.of(new AnnualTask()) : t.getTasks()) {
            row = row();
            put(row, 0, task.getName(), text);
            put(row, 1, task.getContent(), text);
            boolean any = task.getFiscalAmount() != null || task.getOtherAmount() != null;
            amount(row, 2, any ? zero(task.getFiscalAmount()).add(zero(task.getOtherAmount())) : null);
            amount(row, 3, task.getFiscalAmount());
            amount(row, 4, task.getOtherAmount());
        }
        wide("年度总目标", t.getGoals());
    }

    private void indicators(List<Indicator> indicators) {
        Row header = row();
        for (int c = 0; c < HEADER.size(); c++) {
            put(header, c, HEADER.get(c), label);
        }
        List<Indicator> rows = indicators.isEmpty() ? TemplateRows.usual() : indicators;
        int first = r;
        for (Indicator i : rows) {
            Row row = row();
            put(row, 0, i.getLevel1(), label);
            put(row, 1, i.getLevel2(), label);
            put(row, 2, i.getName(), text);
            put(row, 3, i.getDescription(), text);
            put(row, 4, i.getValueText(), text);
            Cell weight = row.createCell(5);
            weight.setCellStyle(score);
            if (i.getWeight() != null) {
                weight.setCellValue(i.getWeight().doubleValue());
            }
            put(row, 6, i.getBasis(), text);
            put(row, 7, i.getStandard(), text);
            put(row, 8, i.getScoringRule(), text);
        }
        mergeRuns(rows, first);
    }

    /** Merges each run of equal 一级 (and of equal 二级 within it) as the official tables do; reading carries down. */
    private void mergeRuns(List<Indicator> rows, int first) {
        int start1 = 0;
        int start2 = 0;
        for (int i = 1; i <= rows.size(); i++) {
            boolean end1 = i == rows.size() || !same(rows.get(i).getLevel1(), rows.get(start1).getLevel1());
            boolean end2 = end1 || !same(rows.get(i).getLevel2(), rows.get(start2).getLevel2());
            if (end2) {
                mergeDown(first + start2, first + i - 1, 1);
                start2 = i;
            }
            if (end1) {
                mergeDown(first + start1, first + i - 1, 0);
                start1 = i;
            }
        }
    }

    private void mergeDown(int from, int to, int column) {
        if (to > from) {
            for (int row = from + 1; row <= to; row++) {
                sheet.getRow(row).getCell(column).setBlank();
            }
            sheet.addMergedRegion(new CellRangeAddress(from, to, column, column));
        }
    }

    private static boolean same(String a, String b) {
        return a != null && a.equals(b);
    }

    private void banner(String heading, String year) {
        merge(row(), 0, COLUMNS - 1, heading, title);
        sheet.getRow(r - 1).setHeightInPoints(28);
        merge(row(), 0, COLUMNS - 1, "（" + year + "）", note);
    }

    private void pair(Row row, String label1, String value1, String label2, String value2) {
        put(row, 0, label1, label);
        put(row, 1, value1, text);
        put(row, 2, label2, label);
        merge(row, 3, COLUMNS - 1, value2, text);
    }

    private void wide(String heading, String value) {
        Row row = row();
        put(row, 0, heading, label);
        merge(row, 1, COLUMNS - 1, value, text);
    }

    private Row row() {
        return sheet.createRow(r++);
    }

    private void merge(Row row, int from, int to, String value, CellStyle style) {
        for (int c = from; c <= to; c++) {
            put(row, c, c == from ? value : null, style);
        }
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
    }

    private void put(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        if (value != null) {
            styles.text(cell, value);
        }
    }

    private void amount(Row row, int c, BigDecimal value) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(money);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
