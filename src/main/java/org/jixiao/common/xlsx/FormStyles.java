package org.jixiao.common.xlsx;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The one set of cell styles of the official forms we write (绩效目标表 and 绩效自评表), so a target and its
 * self-evaluation print alike: 宋体, a 16-point title, bold centred labels, thin rules, 万元 as {@code #,##0.00},
 * points as {@code 0.00}, rates as {@code 0.00%}. Created once per workbook (Excel caps a workbook's styles).
 */
public final class FormStyles {
    public static final String FONT = "SimSun";

    public final WorkbookStyles cells;
    public final CellStyle title;
    /** Unbordered, centred: the （2024年度） line under a title. */
    public final CellStyle subtitle;
    /** Unbordered, right-aligned: （单位：万元）. */
    public final CellStyle note;
    public final CellStyle label;
    public final CellStyle centered;
    public final CellStyle left;
    /** Left-aligned, top: prose that wraps over several lines. */
    public final CellStyle prose;
    public final CellStyle money;
    public final CellStyle score;
    public final CellStyle percent;
    public final CellStyle number;

    public FormStyles(Workbook workbook) {
        this.cells = new WorkbookStyles(workbook);
        Font bold = cells.font(true, 11, FONT);
        Font plain = cells.font(false, 11, FONT);
        title = cells.aligned(cells.font(true, 16, FONT), HorizontalAlignment.CENTER);
        subtitle = cells.aligned(plain, HorizontalAlignment.CENTER);
        note = cells.aligned(plain, HorizontalAlignment.RIGHT);
        label = cells.bordered(bold, HorizontalAlignment.CENTER, null);
        centered = cells.bordered(plain, HorizontalAlignment.CENTER, null);
        left = cells.bordered(plain, HorizontalAlignment.LEFT, null);
        prose = cells.bordered(plain, HorizontalAlignment.LEFT, null);
        prose.setVerticalAlignment(VerticalAlignment.TOP);
        money = cells.bordered(plain, HorizontalAlignment.RIGHT, WorkbookStyles.MONEY);
        score = cells.bordered(plain, HorizontalAlignment.CENTER, WorkbookStyles.SCORE);
        percent = cells.bordered(plain, HorizontalAlignment.CENTER, WorkbookStyles.PERCENT);
        number = cells.bordered(plain, HorizontalAlignment.CENTER, WorkbookStyles.GENERAL);
    }
}
