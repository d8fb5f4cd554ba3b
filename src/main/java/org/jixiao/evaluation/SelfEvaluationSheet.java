package org.jixiao.evaluation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a 绩效自评表 in the official layout back: the funds row, 实际完成情况, the indicator table (merged 一级/二级
 * carried down, "产出指标（40分）" read as 产出指标) and the closing prose. It finds rows by their labels, not by
 * position, so the form {@link SelfEvaluationExport} writes and a hand-filled copy of it both read.
 */
public final class SelfEvaluationSheet {
    private static final DataFormatter FORMAT = new DataFormatter();

    public record Line(String level1, String level2, String name, String valueText, String actual, BigDecimal weight,
                       BigDecimal score, String deviation, BigDecimal reviewedScore, int row) {
    }

    public record Read(BigDecimal plannedFunds, BigDecimal adjustedFunds, BigDecimal executedFunds,
                       BigDecimal budgetScore, String goalsActual, List<Line> lines, BigDecimal total,
                       String grade, String problems, String improvements) {
    }

    private SelfEvaluationSheet() {
    }

    public static Read read(byte[] xlsx) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            return read(workbook.getSheetAt(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Also what the import ({@link SelfEvaluationUpload}) reads, once the sheet is within its bounds. */
    static Read read(Sheet sheet) {
        Row funds = find(sheet, 1, "年度资金总额");
        Row expected = find(sheet, 1, "预期目标");
        Row goals = expected == null ? null : sheet.getRow(expected.getRowNum() + 1);
        Row total = find(sheet, 0, "总分");
        Row grade = find(sheet, 0, "评价等级");
        return new Read(number(funds, 2), number(funds, 4), number(funds, 5), number(funds, 8), text(goals, 6),
                lines(sheet, total), number(total, 7), text(grade, 7), text(find(sheet, 0, "存在问题"), 2),
                text(find(sheet, 0, "改进措施"), 2));
    }

    private static List<Line> lines(Sheet sheet, Row total) {
        List<Line> lines = new ArrayList<>();
        Row header = find(sheet, 1, "一级指标");
        if (header == null) {
            return lines;
        }
        int end = total == null ? sheet.getLastRowNum() : total.getRowNum() - 1;
        String level1 = null;
        String level2 = null;
        for (int r = header.getRowNum() + 1; r <= end; r++) {
            Row row = sheet.getRow(r);
            String name = text(row, 3);
            if (name == null) {
                continue;
            }
            level1 = firstOf(level1Name(text(row, 1)), level1);
            level2 = firstOf(text(row, 2), level2);
            lines.add(new Line(level1, level2, name, text(row, 4), text(row, 5), number(row, 6), number(row, 7),
                    deviation(text(row, 8)), number(row, 9), r));
        }
        return lines;
    }

    /** "产出指标（40分）" or seed 004's "成本指标 (20分)" → the 一级's name. */
    static String level1Name(String cell) {
        return cell == null ? null : cell.replaceAll("\\s*[（(]\\s*[\\d.]+\\s*分\\s*[)）]\\s*$", "").trim();
    }

    /** The unit's own remark, without the 复核 reason the export appends. */
    static String deviation(String cell) {
        if (cell == null) {
            return null;
        }
        int review = cell.startsWith("复核：") ? 0 : cell.indexOf("\n复核：");
        return review < 0 ? cell : review == 0 ? null : cell.substring(0, review);
    }

    static Row find(Sheet sheet, int column, String label) {
        for (Row row : sheet) {
            String text = text(row, column);
            if (text != null && text.replaceAll("\\s", "").equals(label)) {
                return row;
            }
        }
        return null;
    }

    static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null) {
            return null;
        }
        String text = FORMAT.formatCellValue(cell).trim();
        return text.isEmpty() ? null : text;
    }

    /** A numeric cell as written (2 decimals at most), or a typed number such as "170.00". */
    private static BigDecimal number(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
        }
        String text = text(row, column);
        try {
            return text == null ? null : new BigDecimal(text.replace(",", "")).setScale(2, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String firstOf(String a, String b) {
        return a != null ? a : b;
    }
}
