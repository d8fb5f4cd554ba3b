package org.jixiao.evaluation;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.common.xlsx.FormStyles;
import org.jixiao.common.xlsx.WorkbookStyles;

/**
 * A ruled form sheet written row by row: every row is fully bordered, cells span column ranges, labels are bold,
 * prose wraps and grows its row, numbers carry the official formats. Text goes through {@link WorkbookStyles#text}
 * so nothing a user typed becomes a formula.
 */
final class FormSheet {
    /** Characters of wrapped text per line and column width unit, for a rough row height (POI cannot measure). */
    private static final double CHARS_PER_WIDTH = 0.5;

    private final WorkbookStyles shared;
    private final Sheet sheet;
    private final int[] widths;
    private final int columns;
    private final CellStyle title;
    private final CellStyle note;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle prose;
    private final CellStyle money;
    private final CellStyle score;
    private final CellStyle percent;
    private final CellStyle value;
    /** The next free row. */
    private int r;

    FormSheet(Workbook workbook, String name, int[] widths) {
        FormStyles styles = new FormStyles(workbook);
        this.shared = styles.cells;
        this.sheet = workbook.createSheet(name);
        this.widths = widths;
        this.columns = widths.length;
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        title = styles.title;
        note = styles.note;
        header = styles.label;
        text = styles.centered;
        prose = styles.prose;
        money = styles.money;
        score = styles.score;
        percent = styles.percent;
        value = styles.number;
    }

    int r() {
        return r;
    }

    /** The title row, merged across the form. */
    void title(String value) {
        Row row = sheet.createRow(r);
        row.setHeightInPoints(30);
        Cell cell = row.createCell(0);
        cell.setCellStyle(title);
        shared.text(cell, value);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        r++;
    }

    /** A right-aligned note in the last column of its own row, e.g. the unit of the amounts. */
    void note(String value) {
        Cell cell = sheet.createRow(r).createCell(columns - 1);
        cell.setCellStyle(note);
        shared.text(cell, value);
        r++;
    }

    void printLandscapeA4() {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
    }

    /** Starts a new bordered row. */
    void row() {
        Row row = sheet.createRow(r++);
        row.setHeightInPoints(22);
        for (int c = 0; c < columns; c++) {
            row.createCell(c).setCellStyle(text);
        }
    }

    Cell cellAt(int row, int column) {
        return sheet.getRow(row).getCell(column);
    }

    void headerAt(int row, int column) {
        cellAt(row, column).setCellStyle(header);
    }

    private Cell current(int column) {
        return cellAt(r - 1, column);
    }

    void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
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

    void label(int from, int to, String value) {
        span(from, to, header);
        shared.text(current(from), value);
    }

    /** A label down the side of a block: its column over the block's rows, merged by the caller. */
    void sideLabel(int row, int column, String value) {
        Cell cell = cellAt(row, column);
        cell.setCellStyle(header);
        shared.text(cell, value);
        for (int k = row + 1; k < r; k++) {
            cellAt(k, column).setCellStyle(header);
        }
    }

    void header(int from, int to, String value) {
        label(from, to, value);
    }

    void text(int from, int to, String value) {
        written(from, to, value, text);
    }

    void blank(int from, int to) {
        span(from, to, text);
    }

    /** Wrapped, left-aligned prose. */
    void longText(int from, int to, String value) {
        written(from, to, value, prose);
    }

    private void written(int from, int to, String value, CellStyle style) {
        span(from, to, style);
        if (present(value)) {
            shared.text(current(from), value);
            grow(from, to, value);
        }
    }

    /** Grows the current row to an estimate of the wrapped text's line count (POI cannot measure text). */
    private void grow(int from, int to, String value) {
        int width = 0;
        for (int c = from; c <= to; c++) {
            width += widths[c];
        }
        int perLine = Math.max(1, (int) (width * CHARS_PER_WIDTH));
        int lines = 0;
        for (String paragraph : value.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
        }
        Row row = sheet.getRow(r - 1);
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), Math.min(409, lines * 15f + 6)));
    }

    void money(int from, int to, BigDecimal amount) {
        numberSpan(from, to, amount, money);
    }

    void score(int from, int to, BigDecimal points) {
        numberSpan(from, to, points, score);
    }

    void percent(int from, int to, BigDecimal fraction) {
        numberSpan(from, to, fraction, percent);
    }

    /** A plain number (实际完成值) in one column. */
    void number(int column, BigDecimal number) {
        current(column).setCellStyle(value);
        current(column).setCellValue(number.doubleValue());
    }

    private void numberSpan(int from, int to, BigDecimal number, CellStyle style) {
        span(from, to, style);
        if (number != null) {
            current(from).setCellValue(number.doubleValue());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
