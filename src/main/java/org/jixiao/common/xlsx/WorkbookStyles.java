package org.jixiao.common.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The spreadsheet styles both exports share (the round export and the self-evaluation form), and the one way they
 * write text: a cell whose text starts with {@code = + - @} (or a tab or carriage return, which Excel strips before
 * reading a formula) gets the quote prefix, so re-entering it in Excel never turns a target name or a remark into a
 * formula (CSV/formula injection). Styles are created once per workbook; the quoted twin of a style is created on
 * first use.
 */
public final class WorkbookStyles {
    public static final String MONEY = "#,##0.00";
    public static final String PERCENT = "0.00%";
    public static final String SCORE = "0.00";
    public static final String GENERAL = "General";

    private final Workbook workbook;
    private final DataFormat format;
    private final CellStyle plain;
    private final Map<Short, CellStyle> quoted = new HashMap<>();

    public WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        this.format = workbook.createDataFormat();
        this.plain = workbook.createCellStyle();
    }

    /** Text a spreadsheet would read as a formula if typed in. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '＝' || first == '＋' || first == '－' || first == '＠';
    }

    /** Writes text into the cell, keeping its style, quote-prefixed where needed. */
    public void text(Cell cell, String value) {
        cell.setCellValue(value);
        if (looksLikeFormula(value)) {
            cell.setCellStyle(quoted(cell.getCellStyle() == null ? plain : cell.getCellStyle()));
        }
    }

    /** The style with the quote prefix set, one per base style. */
    public CellStyle quoted(CellStyle base) {
        return quoted.computeIfAbsent(base.getIndex(), index -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(base);
            copy.setQuotePrefixed(true);
            return copy;
        });
    }

    public Font font(boolean bold, int points, String name) {
        Font font = workbook.createFont();
        font.setBold(bold);
        if (points > 0) {
            font.setFontHeightInPoints((short) points);
        }
        if (name != null) {
            font.setFontName(name);
        }
        return font;
    }

    /** A style with a number format (one of the constants above), nothing else. */
    public CellStyle numbers(String dataFormat) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format.getFormat(dataFormat));
        return style;
    }

    /** A column header: bold on grey. */
    public CellStyle header(Font bold) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    /** A cell of a ruled form: thin borders, wrapped, vertically centred; {@code dataFormat} may be null. */
    public CellStyle bordered(Font font, HorizontalAlignment alignment, String dataFormat) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        if (dataFormat != null) {
            style.setDataFormat(format.getFormat(dataFormat));
        }
        return style;
    }

    /** An unbordered style with a font and alignment (titles and notes). */
    public CellStyle aligned(Font font, HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }
}
