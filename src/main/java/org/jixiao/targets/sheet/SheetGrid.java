package org.jixiao.targets.sheet;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A sheet as the reader sees it: the displayed text of each cell, bounded to {@link SheetBounds}, with the cells a
 * merged region covers (other than its top-left) marked, so "blank because merged" and "blank because continued" read
 * the same way. Numbers keep their exact value beside the text, so 200.00 万元 is not re-read from "200".
 */
final class SheetGrid {
    private final String name;
    private final String[][] text;
    private final BigDecimal[][] numbers;
    private final boolean[][] covered;

    private SheetGrid(String name, int rows, int columns) {
        this.name = name;
        this.text = new String[rows][columns];
        this.numbers = new BigDecimal[rows][columns];
        this.covered = new boolean[rows][columns];
    }

    /** Reads the sheet; the caller has checked it against {@link SheetBounds} (rows, columns, text lengths). */
    static SheetGrid of(Sheet sheet, int rows, int columns) {
        SheetGrid grid = new SheetGrid(sheet.getSheetName(), rows, columns);
        DataFormatter formatter = new DataFormatter(java.util.Locale.CHINA);
        for (int r = 0; r < rows; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = 0; c < columns; c++) {
                Cell cell = row.getCell(c);
                if (cell == null) {
                    continue;
                }
                CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                        : cell.getCellType();
                if (type == CellType.NUMERIC) {
                    double v = cell.getNumericCellValue();
                    if (Double.isFinite(v)) {
                        grid.numbers[r][c] = BigDecimal.valueOf(v);
                    }
                    grid.text[r][c] = cell.getCellType() == CellType.FORMULA
                            ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : formatter.formatCellValue(cell);
                } else if (type == CellType.STRING) {
                    grid.text[r][c] = cell.getRichStringCellValue().getString();
                } else if (type == CellType.BOOLEAN) {
                    grid.text[r][c] = String.valueOf(cell.getBooleanCellValue());
                }
                grid.text[r][c] = IndicatorRows.clean(grid.text[r][c]);
            }
        }
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        for (CellRangeAddress region : merged) {
            for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), rows - 1); r++) {
                for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), columns - 1); c++) {
                    if (r != region.getFirstRow() || c != region.getFirstColumn()) {
                        grid.covered[r][c] = true;
                    }
                }
            }
        }
        return grid;
    }

    String name() {
        return name;
    }

    int rows() {
        return text.length;
    }

    int columns() {
        return text.length == 0 ? 0 : text[0].length;
    }

    /** The cell's text, null when blank or covered by a merge. */
    String text(int r, int c) {
        return r < rows() && c < columns() && !covered[r][c] ? text[r][c] : null;
    }

    /** The cell's exact number when it holds one. */
    BigDecimal number(int r, int c) {
        return r < rows() && c < columns() && !covered[r][c] ? numbers[r][c] : null;
    }

    /** A label compared without spaces, colons or brackets' width: "其中：财政    资金" → "其中财政资金". */
    String label(int r, int c) {
        String t = text(r, c);
        return t == null ? null : normalizeLabel(t);
    }

    static String normalizeLabel(String t) {
        return t.replaceAll("[\\s\\u3000:：*＊]+", "").replace('(', '（').replace(')', '）');
    }

    boolean blankRow(int r) {
        for (int c = 0; c < columns(); c++) {
            if (text(r, c) != null) {
                return false;
            }
        }
        return true;
    }

    static String ref(int r, int c) {
        return new CellReference(r, c).formatAsString(false);
    }
}
