package org.jixiao.targets.sheet;

import org.jixiao.common.Limits;

/**
 * How large an uploaded workbook may be, checked before any of it is read: the file, what its zip entries unpack to
 * (a small file can inflate to gigabytes), sheets, rows, columns, and the text in any one cell. A real 绩效目标表 is a
 * few kilobytes, one or a few dozen sheets of under a hundred rows.
 */
public final class SheetBounds {
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    /** What the whole package may unpack to. */
    public static final long MAX_UNPACKED_BYTES = 40L * 1024 * 1024;
    public static final int MAX_ZIP_ENTRIES = 500;
    public static final int MAX_SHEETS = 30;
    public static final int MAX_ROWS = 300;
    public static final int MAX_COLUMNS = 20;
    /** The longest text any field holds (年度绩效目标). */
    public static final int MAX_CELL_CHARS = Limits.GOALS;

    private SheetBounds() {
    }
}
