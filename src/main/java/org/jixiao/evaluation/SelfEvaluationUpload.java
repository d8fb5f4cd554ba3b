package org.jixiao.evaluation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ValidationException;
import org.jixiao.common.xlsx.XlsxPackages;
import org.jixiao.evaluation.internal.SelfEvaluationIndicator;
import org.jixiao.evaluation.scoring.QualitativeGrade;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.common.xlsx.CellError;
import org.jixiao.targets.sheet.SheetBounds;

/**
 * A filled 绩效自评表 (the layout {@link SelfEvaluationExport} writes) read into the form of one self-evaluation: the
 * funds row, 实际完成情况, each indicator's 实际完成值 (达成情况 and 得分 for a qualitative one) and 偏差原因, 存在问题
 * and 改进措施. Sizes are bounded before POI parses anything ({@link SheetBounds}). Each sheet row is matched to the
 * target's indicator by 一级 and 三级 name; a row that matches none, an indicator missing, a value that is not a
 * number and whatever {@link SelfEvaluationChecks} refuses is an error on its cell, in Chinese. What the sheet does
 * not carry (评价结论, the overspend 说明) keeps its stored value.
 */
final class SelfEvaluationUpload {
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,10})?");
    private static final int ACTUAL = 5;
    private static final int SCORE = 7;
    private static final int DEVIATION = 8;

    /** What the sheet says, in the target's indicator order, and where each indicator's row is (-1: missing). */
    record Result(SelfEvaluationInput input, int[] rows, List<CellError> errors, List<CellError> warnings) {
    }

    private final SelfEvaluationDetail current;
    private final List<CellError> errors = new ArrayList<>();
    private final List<CellError> warnings = new ArrayList<>();
    private final Map<String, String> cellOf = new HashMap<>();

    private SelfEvaluationUpload(SelfEvaluationDetail current) {
        this.current = current;
    }

    /** Whole-file problems (size, not an .xlsx, no indicator table) → 422 on {@code file}; the rest by cell. */
    static Result read(byte[] file, SelfEvaluationDetail current, Integer version) {
        if (file == null || file.length == 0) {
            throw ValidationException.of("file", "请选择要导入的自评表（.xlsx）");
        }
        if (file.length > SheetBounds.MAX_FILE_BYTES) {
            throw ValidationException.of("file", "文件不能超过 " + SheetBounds.MAX_FILE_BYTES / 1024 / 1024 + " MB");
        }
        XlsxPackages.check(file, SheetBounds.MAX_UNPACKED_BYTES, SheetBounds.MAX_ZIP_ENTRIES);
        try (XSSFWorkbook workbook = open(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            bounded(sheet);
            return new SelfEvaluationUpload(current).read(sheet, version);
        } catch (IOException e) {
            throw ValidationException.of("file", "无法读取文件：请上传 .xlsx 文件");
        }
    }

    private static XSSFWorkbook open(byte[] file) {
        try {
            XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file));
            if (workbook.getNumberOfSheets() == 0) {
                throw ValidationException.of("file", "文件中没有工作表");
            }
            return workbook;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw ValidationException.of("file", "无法读取文件：请上传 Excel 2007 及以上版本的 .xlsx 文件");
        }
    }

    /** Rows, columns and each cell's text, before anything is read into the form. */
    private static void bounded(Sheet sheet) {
        if (sheet.getLastRowNum() >= SheetBounds.MAX_ROWS) {
            throw ValidationException.of("file", "自评表超过 " + SheetBounds.MAX_ROWS + " 行，不是从本系统导出的自评表");
        }
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.BLANK) {
                    continue;
                }
                String ref = new CellReference(row.getRowNum(), cell.getColumnIndex()).formatAsString(false);
                if (cell.getColumnIndex() >= SheetBounds.MAX_COLUMNS) {
                    throw ValidationException.of("file", "单元格 " + ref + " 超出自评表的范围（最多 "
                            + SheetBounds.MAX_COLUMNS + " 列）");
                }
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().length() > SheetBounds.MAX_CELL_CHARS) {
                    throw ValidationException.of("file", "单元格 " + ref + " 的内容超过 " + SheetBounds.MAX_CELL_CHARS + " 个字");
                }
            }
        }
    }

    private Result read(Sheet sheet, Integer version) {
        if (SelfEvaluationSheet.find(sheet, 1, "一级指标") == null) {
            throw ValidationException.of("file", "文件中没有绩效自评表（未找到「一级指标」表头），请使用本自评导出的表格填写");
        }
        SelfEvaluation e = current.evaluation();
        Row funds = SelfEvaluationSheet.find(sheet, 1, "年度资金总额");
        BigDecimal adjusted = e.getAdjustedFunds();
        BigDecimal executed = e.getExecutedFunds();
        if (funds == null) {
            warnings.add(new CellError(null, "adjustedFunds", "未找到「年度资金总额」行，全年预算数和执行数保持不变"));
        } else {
            adjusted = money(funds, 4, "adjustedFunds", "全年预算数");
            executed = money(funds, 5, "executedFunds", "全年执行数");
            cellOf.put("executionNote", ref(funds.getRowNum(), 5));
        }
        Row expected = SelfEvaluationSheet.find(sheet, 1, "预期目标");
        String goalsActual = e.getGoalsActual();
        if (expected != null) {
            goalsActual = prose(sheet.getRow(expected.getRowNum() + 1), 6, "goalsActual");
            if (e.getGoalsActual() == null && Objects.equals(goalsActual, e.getConclusion())) {
                goalsActual = null; // the export shows the 评价结论 there while 实际完成情况 is empty
            }
        }
        String budgetDeviation = proseOr(SelfEvaluationSheet.find(sheet, 0, "预算执行偏差原因"), "budgetDeviation",
                e.getBudgetDeviation());
        String problems = proseOr(SelfEvaluationSheet.find(sheet, 0, "存在问题"), "problems", e.getProblems());
        String improvements = proseOr(SelfEvaluationSheet.find(sheet, 0, "改进措施"), "improvements", e.getImprovements());
        int[] rows = new int[current.lines().size()];
        List<SelfEvaluationInput.Entry> entries = entries(sheet, rows);
        SelfEvaluationInput input = new SelfEvaluationInput(version, adjusted, executed, budgetDeviation, goalsActual,
                e.getConclusion(), problems, improvements, entries, e.getExecutionNote());
        checks(input);
        return new Result(input, rows, List.copyOf(errors), List.copyOf(warnings));
    }

    /** Each sheet row matched to the first unmatched indicator with its 一级 and 三级 names. */
    private List<SelfEvaluationInput.Entry> entries(Sheet sheet, int[] rows) {
        List<Indicator> indicators = current.lines().stream().map(SelfEvaluationDetail.Line::indicator).toList();
        java.util.Arrays.fill(rows, -1);
        for (SelfEvaluationSheet.Line line : SelfEvaluationSheet.read(sheet).lines()) {
            int match = -1;
            for (int i = 0; i < indicators.size() && match < 0; i++) {
                if (rows[i] < 0 && same(indicators.get(i).getName(), line.name())
                        && same(indicators.get(i).getLevel1(), line.level1())) {
                    match = i;
                }
            }
            if (match < 0) {
                errors.add(new CellError(ref(line.row(), 3), null, "三级指标「" + line.name() + "」（一级指标「"
                        + line.level1() + "」）不是该绩效目标的指标，或已在上面出现过；请勿修改指标名称或增删指标行"));
            } else {
                rows[match] = line.row();
            }
        }
        List<SelfEvaluationInput.Entry> entries = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (rows[i] < 0) {
                errors.add(new CellError(null, "indicators[" + i + "]", "表中缺少指标「" + indicator.getName()
                        + "」的行，请使用本自评导出的自评表填写"));
                SelfEvaluationIndicator stored = current.lines().get(i).row();
                entries.add(new SelfEvaluationInput.Entry(indicator.getId(), stored.getActual(), stored.getGrade(),
                        stored.getSelfScore(), stored.getDeviation()));
                continue;
            }
            entries.add(entry(sheet.getRow(rows[i]), i, indicator));
        }
        return entries;
    }

    private SelfEvaluationInput.Entry entry(Row row, int i, Indicator indicator) {
        String at = "indicators[" + i + "].";
        int r = row.getRowNum();
        cellOf.put(at + "indicatorId", ref(r, 3));
        cellOf.put(at + "actual", ref(r, ACTUAL));
        cellOf.put(at + "grade", ref(r, ACTUAL));
        cellOf.put(at + "score", ref(r, SCORE));
        cellOf.put(at + "deviation", ref(r, DEVIATION));
        compare(row, 4, "年度指标值", indicator.getValueText());
        BigDecimal weight = number(row.getCell(6));
        if (weight != null && indicator.getWeight() != null && weight.compareTo(indicator.getWeight()) != 0) {
            warnings.add(new CellError(ref(r, 6), at + "weight", "分值与绩效目标不同（应为 "
                    + indicator.getWeight().stripTrailingZeros().toPlainString() + "），以绩效目标为准"));
        }
        String deviation = SelfEvaluationSheet.deviation(SelfEvaluationSheet.text(row, DEVIATION));
        String actualText = SelfEvaluationSheet.text(row, ACTUAL);
        if (indicator.getComparator() != null) {
            BigDecimal actual = number(row.getCell(ACTUAL));
            if (actual == null && actualText != null) {
                actual = numberIn(actualText, indicator.getUnit());
                if (actual == null) {
                    errors.add(new CellError(ref(r, ACTUAL), at + "actual", "实际完成值「" + shortly(actualText)
                            + "」不是数字" + (indicator.getUnit() == null ? "" : "（单位：" + indicator.getUnit() + "）")));
                }
            }
            return new SelfEvaluationInput.Entry(indicator.getId(), actual, null, null, deviation);
        }
        QualitativeGrade grade = null;
        if (actualText != null) {
            for (QualitativeGrade g : QualitativeGrade.values()) {
                if (same(g.label(), actualText)) {
                    grade = g;
                }
            }
            if (grade == null) {
                errors.add(new CellError(ref(r, ACTUAL), at + "grade", "定性指标的实际完成值应为「达成年度指标」"
                        + "「部分达成并具有一定效果」或「未达成且效果较差」，现为「" + shortly(actualText) + "」"));
            }
        }
        BigDecimal score = number(row.getCell(SCORE));
        String scoreText = SelfEvaluationSheet.text(row, SCORE);
        if (score == null && scoreText != null && (score = numberIn(scoreText, "分")) == null) {
            errors.add(new CellError(ref(r, SCORE), at + "score", "得分「" + shortly(scoreText) + "」不是数字"));
        }
        return new SelfEvaluationInput.Entry(indicator.getId(), null, grade, score, deviation);
    }

    /** What the save would refuse, on the cell it came from. */
    private void checks(SelfEvaluationInput input) {
        PerformanceTarget target = current.target();
        List<FieldViolation> violations = new ArrayList<>(SelfEvaluationChecks.draft(target, input));
        Map<Long, SelfEvaluationIndicator> rows = new HashMap<>();
        for (SelfEvaluationInput.Entry entry : input.indicators()) {
            SelfEvaluationIndicator row = new SelfEvaluationIndicator();
            row.setIndicatorId(entry.indicatorId());
            row.setActual(entry.actual());
            row.setGrade(entry.grade());
            row.setSelfScore(entry.score());
            rows.put(entry.indicatorId(), row);
        }
        violations.addAll(SelfEvaluationChecks.scores(SelfEvaluationAccess.inputs(target, rows)));
        for (FieldViolation v : violations) {
            if (errors.stream().anyMatch(e -> v.field().equals(e.field()))) {
                continue; // already said more precisely while reading
            }
            String message = "executionNote".equals(v.field())
                    ? v.message() + "：请先在自评页面填写说明，再导入" : v.message();
            errors.add(new CellError(cellOf.get(v.field()), v.field(), message));
        }
    }

    private BigDecimal money(Row row, int column, String field, String label) {
        cellOf.put(field, ref(row.getRowNum(), column));
        BigDecimal amount = number(row.getCell(column));
        String text = SelfEvaluationSheet.text(row, column);
        if (amount == null && text != null && (amount = numberIn(text, "万元")) == null) {
            errors.add(new CellError(ref(row.getRowNum(), column), field, label + "「" + shortly(text)
                    + "」不是金额（万元，最多两位小数）"));
        }
        return amount;
    }

    private String prose(Row row, int column, String field) {
        if (row != null) {
            cellOf.put(field, ref(row.getRowNum(), column));
        }
        return SelfEvaluationSheet.text(row, column);
    }

    private String proseOr(Row row, String field, String stored) {
        return row == null ? stored : prose(row, 2, field);
    }

    private void compare(Row row, int column, String label, String expected) {
        String text = SelfEvaluationSheet.text(row, column);
        if (text != null && expected != null && !same(text, expected)) {
            warnings.add(new CellError(ref(row.getRowNum(), column), null, label + "「" + shortly(text)
                    + "」与绩效目标不同（应为「" + expected + "」），以绩效目标为准"));
        }
    }

    /** A numeric cell's exact value (a formula's cached result too); null for text or blank. */
    private static BigDecimal number(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type != CellType.NUMERIC || !Double.isFinite(cell.getNumericCellValue())) {
            return null;
        }
        return new BigDecimal(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString());
    }

    /** A typed number, with thousands separators and the indicator's unit (or %) after it allowed: "1,200次". */
    static BigDecimal numberIn(String text, String unit) {
        String t = text.replaceAll("[\\s,，]", "");
        if (unit != null && !unit.isBlank() && t.endsWith(unit.strip())) {
            t = t.substring(0, t.length() - unit.strip().length());
        }
        if (t.endsWith("%") || t.endsWith("％")) {
            t = t.substring(0, t.length() - 1);
        }
        return NUMBER.matcher(t).matches() ? new BigDecimal(t) : null;
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a == null ? null : a.replaceAll("\\s", ""), b == null ? null : b.replaceAll("\\s", ""));
    }

    private static String shortly(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }

    private static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }
}
