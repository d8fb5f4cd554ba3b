package org.jixiao.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.evaluation.scoring.BudgetScore;
import org.jixiao.evaluation.scoring.FormScoring;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgNode;
import org.jixiao.targets.AnnualTask;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetKind;
import org.springframework.stereotype.Service;

/**
 * One self-evaluation as the official 项目支出绩效自评表 (or 部门整体支出绩效自评表 for a department target): title,
 * header rows, the funds block, 年度总体目标, the indicator table with merged 一级/二级 cells, 总分 and 等级. The unit's
 * score and finance's 复核 score sit side by side, so a re-scored form still shows what the unit claimed.
 */
@Service
public class SelfEvaluationExport {
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int COLUMNS = 10;
    static final List<String> INDICATOR_HEADERS = List.of("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值",
            "实际完成值", "分值", "得分", "复核得分", "偏差原因分析及改进措施");
    private static final int[] WIDTHS = {10, 18, 18, 24, 14, 14, 8, 9, 10, 32};
    /** Characters of wrapped text per line and column width unit, for a rough row height (POI cannot measure). */
    private static final double CHARS_PER_WIDTH = 0.5;

    private final SelfEvaluationService evaluations;
    private final OrgDirectory directory;

    SelfEvaluationExport(SelfEvaluationService evaluations, OrgDirectory directory) {
        this.evaluations = evaluations;
        this.directory = directory;
    }

    public record File(String fileName, byte[] content) {
    }

    /** Same scope as reading the self-evaluation: 404 when the caller may not see it. */
    public File export(CurrentUser user, Long id) {
        SelfEvaluationDetail detail = evaluations.get(user, id);
        String department = detail.evaluation().getDepartmentId() == null ? null
                : directory.node(detail.evaluation().getDepartmentId()).map(OrgNode::getName).orElse(null);
        return new File(fileName(detail.target()), write(detail, department));
    }

    static String fileName(PerformanceTarget target) {
        String name = target.getName() == null ? "" : target.getName().replaceAll("[\\\\/:*?\"<>|\\r\\n]", "_");
        return name + "绩效自评表.xlsx";
    }

    static String title(SelfEvaluationDetail d) {
        return d.round().getFiscalYear() + "年度"
                + (d.target().getKind() == TargetKind.DEPARTMENT ? "部门整体支出绩效自评表" : "项目支出绩效自评表");
    }

    static byte[] write(SelfEvaluationDetail detail, String departmentName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Form(workbook, detail, departmentName).build();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one sheet top to bottom; {@code r} is the next free row. */
    private static final class Form {
        private final SelfEvaluationDetail d;
        private final String departmentName;
        private final Styles styles;
        private final Sheet sheet;
        private final boolean department;
        private int r;

        Form(Workbook workbook, SelfEvaluationDetail d, String departmentName) {
            this.d = d;
            this.departmentName = departmentName;
            this.styles = new Styles(workbook);
            this.sheet = workbook.createSheet("绩效自评表");
            this.department = d.target().getKind() == TargetKind.DEPARTMENT;
        }

        void build() {
            for (int c = 0; c < COLUMNS; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            titleRows();
            headerRows();
            fundRows();
            if (department) {
                taskRows();
            }
            goalRows();
            indicatorRows();
            totalRows();
            printSetup();
        }

        private void titleRows() {
            Row title = sheet.createRow(r);
            title.setHeightInPoints(30);
            Cell cell = title.createCell(0);
            cell.setCellValue(title(d));
            cell.setCellStyle(styles.title);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS - 1));
            r++;
            Row unit = sheet.createRow(r);
            Cell note = unit.createCell(COLUMNS - 1);
            note.setCellValue("（单位：万元）");
            note.setCellStyle(styles.note);
            r++;
        }

        private void headerRows() {
            PerformanceTarget t = d.target();
            if (department) {
                row();
                label(0, 1, "预算部门名称");
                text(2, COLUMNS - 1, firstOf(departmentName, t.getUnitName()));
                row();
                label(0, 1, "实施单位");
                text(2, COLUMNS - 1, t.getUnitName());
                return;
            }
            row();
            label(0, 1, "项目名称");
            text(2, 5, t.getName());
            label(6, 7, "项目编码");
            text(8, COLUMNS - 1, t.getProjectCode());
            row();
            label(0, 1, "主管部门");
            text(2, 5, departmentName);
            label(6, 7, "实施单位");
            text(8, COLUMNS - 1, t.getUnitName());
        }

        private void fundRows() {
            SelfEvaluation e = d.evaluation();
            PerformanceTarget t = d.target();
            BudgetScore budget = d.score() == null ? null : d.score().budget();
            int first = r;
            row();
            header(2, 3, "年初预算数");
            header(4, 4, "全年预算数");
            header(5, 5, "全年执行数");
            header(6, 6, "分值");
            header(7, 7, "执行率");
            header(8, COLUMNS - 1, "得分");
            row();
            label(1, 1, "年度资金总额");
            money(2, 3, e.getPlannedFunds());
            money(4, 4, e.getAdjustedFunds());
            money(5, 5, e.getExecutedFunds());
            score(6, 6, budgetPoints());
            percent(7, 7, budget == null || budget.rate() == null ? null : budget.rate().movePointLeft(2));
            score(8, COLUMNS - 1, budget == null ? e.getBudgetScore() : budget.score());
            row();
            label(1, 1, department ? "其中：一般公共预算" : "其中：财政拨款");
            money(2, 3, t.getFiscalFunds());
            blank(4, COLUMNS - 1);
            row();
            label(1, 1, "其他资金");
            money(2, 3, t.getOtherFunds());
            blank(4, COLUMNS - 1);
            merge(first, r - 1, 0, 0);
            sideLabel(first, 0, department ? "年度预算申请（万元）" : "项目资金（万元）");
            cellAt(first, 1).setCellStyle(styles.header);
            if (present(e.getBudgetDeviation())) {
                row();
                label(0, 1, "预算执行偏差原因");
                longText(2, COLUMNS - 1, e.getBudgetDeviation());
            }
        }

        /** 部门整体: the target's 年度主要任务 with their funds, below the budget block. */
        /** The 预算执行 row's 分值 also before the funds are entered. */
        private BigDecimal budgetPoints() {
            if (d.score() != null && d.score().budget() != null) {
                return d.score().budget().points();
            }
            return d.config() == null ? null : d.config().budgetPoints();
        }

        private void taskRows() {
            List<AnnualTask> tasks = d.target().getTasks().stream().filter(Objects::nonNull).toList();
            if (tasks.isEmpty()) {
                return;
            }
            int first = r;
            row();
            header(1, 2, "任务名称");
            header(3, 7, "主要内容");
            header(8, 8, "财政拨款");
            header(9, 9, "其他资金");
            for (AnnualTask task : tasks) {
                row();
                text(1, 2, task.getName());
                longText(3, 7, task.getContent());
                money(8, 8, task.getFiscalAmount());
                money(9, 9, task.getOtherAmount());
            }
            merge(first, r - 1, 0, 0);
            sideLabel(first, 0, "年度主要任务");
        }

        private void goalRows() {
            row();
            header(1, 5, "预期目标");
            header(6, COLUMNS - 1, "实际完成情况");
            row();
            longText(1, 5, d.target().getGoals());
            longText(6, COLUMNS - 1, d.evaluation().getGoalsActual() != null ? d.evaluation().getGoalsActual()
                    : d.evaluation().getConclusion());
            merge(r - 2, r - 1, 0, 0);
            sideLabel(r - 2, 0, "年度总体目标");
        }

        private void indicatorRows() {
            int first = r;
            row();
            for (int c = 1; c < COLUMNS; c++) {
                header(c, c, INDICATOR_HEADERS.get(c));
            }
            List<SelfEvaluationDetail.Line> lines = d.lines();
            int start = r;
            for (SelfEvaluationDetail.Line line : lines) {
                indicatorRow(line);
            }
            mergeGroups(lines, start);
            merge(first, r - 1, 0, 0);
            sideLabel(first, 0, INDICATOR_HEADERS.get(0));
        }

        private void indicatorRow(SelfEvaluationDetail.Line line) {
            Indicator i = line.indicator();
            SelfEvaluationIndicator row = line.row();
            row();
            text(1, 1, level1Label(i.getLevel1()));
            text(2, 2, i.getLevel2());
            text(3, 3, i.getName());
            text(4, 4, i.getValueText());
            if (row != null && row.getActual() != null) {
                number(5, row.getActual(), styles.value);
            } else {
                text(5, 5, row == null || row.getGrade() == null ? null : row.getGrade().label());
            }
            score(6, 6, i.getWeight());
            score(7, 7, line.item() == null ? (row == null ? null : row.getSelfScore()) : line.item().score());
            score(8, 8, row == null ? null : row.getReviewedScore());
            longText(9, 9, deviation(row));
        }

        private static String deviation(SelfEvaluationIndicator row) {
            if (row == null) {
                return null;
            }
            if (present(row.getReviewReason())) {
                return (present(row.getDeviation()) ? row.getDeviation() + "\n" : "") + "复核：" + row.getReviewReason();
            }
            return row.getDeviation();
        }

        /** "产出指标（40分）", the level's weight as the official form prints it. */
        private String level1Label(String level1) {
            BigDecimal sum = d.lines().stream().map(SelfEvaluationDetail.Line::indicator)
                    .filter(i -> Objects.equals(i.getLevel1(), level1) && i.getWeight() != null)
                    .map(Indicator::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
            return (level1 == null ? "" : level1) + "（" + sum.stripTrailingZeros().toPlainString() + "分）";
        }

        /** Merges runs of equal 一级 and, inside them, of equal 二级 indicators, as the official table does. */
        private void mergeGroups(List<SelfEvaluationDetail.Line> lines, int start) {
            int run1 = 0;
            int run2 = 0;
            for (int k = 1; k <= lines.size(); k++) {
                boolean end = k == lines.size();
                Indicator current = end ? null : lines.get(k).indicator();
                Indicator previous = lines.get(k - 1).indicator();
                boolean same1 = !end && Objects.equals(current.getLevel1(), previous.getLevel1());
                boolean same2 = same1 && Objects.equals(current.getLevel2(), previous.getLevel2());
                if (!same2) {
                    merge(start + run2, start + k - 1, 2, 2);
                    run2 = k;
                }
                if (!same1) {
                    merge(start + run1, start + k - 1, 1, 1);
                    run1 = k;
                }
            }
        }

        private void totalRows() {
            SelfEvaluation e = d.evaluation();
            FormScoring.Result score = d.score();
            BigDecimal points = d.lines().stream().map(l -> l.indicator().getWeight()).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (budgetPoints() != null) {
                points = points.add(budgetPoints());
            }
            row();
            label(0, 5, "总分");
            score(6, 6, points);
            score(7, 7, score == null || score.total() == null ? e.getTotal() : score.total());
            score(8, 8, e.getReviewedTotal());
            blank(9, 9);
            row();
            label(0, 5, "评价等级");
            blank(6, 6);
            text(7, 7, score == null || score.grade() == null ? e.getGrade() : score.grade().label());
            text(8, 8, e.getReviewedGrade());
            blank(9, 9);
            row();
            label(0, 1, "存在问题");
            longText(2, COLUMNS - 1, e.getProblems());
            row();
            label(0, 1, "改进措施");
            longText(2, COLUMNS - 1, e.getImprovements());
        }

        private void printSetup() {
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            sheet.setHorizontallyCenter(true);
        }

        // --- cells

        private void row() {
            Row row = sheet.createRow(r++);
            row.setHeightInPoints(22);
            for (int c = 0; c < COLUMNS; c++) {
                row.createCell(c).setCellStyle(styles.text);
            }
        }

        private Cell cellAt(int row, int column) {
            return sheet.getRow(row).getCell(column);
        }

        private Cell current(int column) {
            return cellAt(r - 1, column);
        }

        private void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
            if (lastRow > firstRow || lastColumn > firstColumn) {
                sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
            }
        }

        private void span(int from, int to, CellStyle style) {
            for (int c = from; c <= to; c++) {
                current(c).setCellStyle(style);
            }
            merge(r - 1, r - 1, from, to);
        }

        private void label(int from, int to, String value) {
            span(from, to, styles.header);
            current(from).setCellValue(value);
        }

        /** A label down the side of a block: its column over the block's rows, merged by the caller. */
        private void sideLabel(int row, int column, String value) {
            Cell cell = cellAt(row, column);
            cell.setCellStyle(styles.header);
            cell.setCellValue(value);
            for (int k = row + 1; k < r; k++) {
                cellAt(k, column).setCellStyle(styles.header);
            }
        }

        private void header(int from, int to, String value) {
            span(from, to, styles.header);
            current(from).setCellValue(value);
        }

        private void text(int from, int to, String value) {
            span(from, to, styles.text);
            if (present(value)) {
                current(from).setCellValue(value);
                grow(from, to, value);
            }
        }

        private void blank(int from, int to) {
            span(from, to, styles.text);
        }

        /** Wrapped, left-aligned prose. */
        private void longText(int from, int to, String value) {
            span(from, to, styles.prose);
            if (!present(value)) {
                return;
            }
            current(from).setCellValue(value);
            grow(from, to, value);
        }

        /** Grows the current row to an estimate of the wrapped text's line count (POI cannot measure text). */
        private void grow(int from, int to, String value) {
            int width = 0;
            for (int c = from; c <= to; c++) {
                width += WIDTHS[c];
            }
            int perLine = Math.max(1, (int) (width * CHARS_PER_WIDTH));
            int lines = 0;
            for (String paragraph : value.split("\n", -1)) {
                lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
            }
            Row row = sheet.getRow(r - 1);
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), Math.min(409, lines * 15f + 6)));
        }

        private void money(int from, int to, BigDecimal value) {
            span(from, to, styles.money);
            if (value != null) {
                current(from).setCellValue(value.doubleValue());
            }
        }

        private void score(int from, int to, BigDecimal value) {
            span(from, to, styles.score);
            if (value != null) {
                current(from).setCellValue(value.doubleValue());
            }
        }

        private void percent(int from, int to, BigDecimal value) {
            span(from, to, styles.percent);
            if (value != null) {
                current(from).setCellValue(value.doubleValue());
            }
        }

        private void number(int column, BigDecimal value, CellStyle style) {
            current(column).setCellStyle(style);
            current(column).setCellValue(value.doubleValue());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String firstOf(String a, String b) {
        return present(a) ? a : b;
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle note;
        final CellStyle header;
        final CellStyle text;
        final CellStyle prose;
        final CellStyle money;
        final CellStyle score;
        final CellStyle percent;
        final CellStyle value;

        Styles(Workbook workbook) {
            DataFormat format = workbook.createDataFormat();
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            titleFont.setFontName("SimSun");
            Font bold = workbook.createFont();
            bold.setBold(true);
            bold.setFontName("SimSun");
            Font plain = workbook.createFont();
            plain.setFontName("SimSun");
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            note = workbook.createCellStyle();
            note.setFont(plain);
            note.setAlignment(HorizontalAlignment.RIGHT);
            header = bordered(workbook, bold, HorizontalAlignment.CENTER);
            text = bordered(workbook, plain, HorizontalAlignment.CENTER);
            prose = bordered(workbook, plain, HorizontalAlignment.LEFT);
            prose.setVerticalAlignment(VerticalAlignment.TOP);
            money = bordered(workbook, plain, HorizontalAlignment.RIGHT);
            money.setDataFormat(format.getFormat("#,##0.00"));
            score = bordered(workbook, plain, HorizontalAlignment.CENTER);
            score.setDataFormat(format.getFormat("0.00"));
            percent = bordered(workbook, plain, HorizontalAlignment.CENTER);
            percent.setDataFormat(format.getFormat("0.00%"));
            value = bordered(workbook, plain, HorizontalAlignment.CENTER);
            value.setDataFormat(format.getFormat("General"));
        }

        private static CellStyle bordered(Workbook workbook, Font font, HorizontalAlignment alignment) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
