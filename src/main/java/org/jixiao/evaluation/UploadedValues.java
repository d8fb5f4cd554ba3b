package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;

/**
 * How a filled-in cell of the 绩效自评表 becomes a value: a numeric cell exactly, a typed number with its unit, names
 * compared without their whitespace, long text shortened in a message. Pure; changes when people type values
 * differently, not when the form's layout does.
 */
final class UploadedValues {
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,10})?");

    private UploadedValues() {
    }

    /** A numeric cell's exact value (a formula's cached result too); null for text or blank. */
    static BigDecimal number(Cell cell) {
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

    /** Equal once whitespace is ignored (a name wrapped in its cell still matches). */
    static boolean same(String a, String b) {
        return Objects.equals(a == null ? null : a.replaceAll("\\s", ""), b == null ? null : b.replaceAll("\\s", ""));
    }

    /** At most 30 characters of what the cell says, for a message. */
    static String shortly(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }

    /** A cell's A1 reference, e.g. F12. */
    static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }
}
