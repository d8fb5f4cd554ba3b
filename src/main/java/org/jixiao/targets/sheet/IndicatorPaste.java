package org.jixiao.targets.sheet;

import org.jixiao.common.xlsx.CellError;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.targets.Indicator;

/**
 * Reads a block copied from Excel into indicator rows: tab-separated columns 一级, 二级, 三级, 指标值, 分值, 依据, one
 * row a line. Excel leaves a merged or repeated 一级/二级 blank below its first row, so a blank one carries down from
 * the row above. A cell holding a line break or tab arrives quoted ("…" with "" for a quote), as Excel copies it.
 * A header row (一级指标 …) and empty lines are skipped. Pure: the editor shows the result before it fills rows.
 */
public final class IndicatorPaste {
    /** A target has a few dozen indicators; a block far larger is not an indicator table. */
    public static final int MAX_CHARS = 100_000;
    public static final int MAX_ROWS = 200;
    private static final int COLUMNS = 6;

    /** One pasted line and what it became. */
    public record PastedRow(int line, Indicator indicator, List<CellError> errors, List<CellError> warnings) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Every row read, and problems of the block as a whole (too long, too many rows). */
    public record Result(List<PastedRow> rows, List<CellError> errors) {
        public boolean ok() {
            return errors.isEmpty() && rows.stream().allMatch(PastedRow::ok);
        }

        public List<Indicator> indicators() {
            return rows.stream().map(PastedRow::indicator).toList();
        }
    }

    private IndicatorPaste() {
    }

    public static Result parse(String text) {
        if (text == null || text.isBlank()) {
            return new Result(List.of(), List.of(new CellError(null, null, "没有可读取的内容")));
        }
        if (text.length() > MAX_CHARS) {
            return new Result(List.of(), List.of(new CellError(null, null,
                    "粘贴的内容过长（超过 " + MAX_CHARS + " 个字），请分批粘贴")));
        }
        List<List<String>> lines = split(text);
        List<PastedRow> rows = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        int lineNo = 0;
        for (List<String> cells : lines) {
            lineNo++;
            if (cells.stream().allMatch(c -> IndicatorRows.clean(c) == null) || isHeader(cells)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                return new Result(rows, List.of(new CellError("第 " + lineNo + " 行", null,
                        "一次最多粘贴 " + MAX_ROWS + " 行指标")));
            }
            String l1 = IndicatorRows.clean(cell(cells, 0));
            String l2 = IndicatorRows.clean(cell(cells, 1));
            if (l1 == null) {
                l1 = level1;
                if (l2 == null) {
                    l2 = level2;
                }
            }
            level1 = l1;
            level2 = l2;
            int line = lineNo;
            IndicatorRows.Texts texts = new IndicatorRows.Texts(l1, l2, cell(cells, 2), null, cell(cells, 3),
                    cell(cells, 4), cell(cells, 5), null, null);
            IndicatorRows.Row row = IndicatorRows.read(rows.size(), texts,
                    column -> "第 " + line + " 行「" + column.label + "」");
            List<CellError> errors = new ArrayList<>(row.errors());
            if (cells.size() > COLUMNS && cells.subList(COLUMNS, cells.size()).stream()
                    .anyMatch(c -> IndicatorRows.clean(c) != null)) {
                errors.add(new CellError("第 " + line + " 行", null,
                        "多出 " + (cells.size() - COLUMNS) + " 列：只读取一级、二级、三级、指标值、分值、依据 6 列"));
            }
            rows.add(new PastedRow(line, row.indicator(), errors, row.warnings()));
        }
        if (rows.isEmpty()) {
            return new Result(rows, List.of(new CellError(null, null, "没有读到指标行")));
        }
        return new Result(rows, List.of());
    }

    private static boolean isHeader(List<String> cells) {
        String first = IndicatorRows.clean(cell(cells, 0));
        return first != null && first.replaceAll("\\s+", "").equals("一级指标");
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() ? cells.get(i) : null;
    }

    /** Rows of cells, honouring Excel's quoting of cells that contain a tab, line break or quote. */
    static List<List<String>> split(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
                continue;
            }
            if (c == '"' && cellStart) {
                quoted = true;
                cellStart = false;
            } else if (c == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                cellStart = true;
            } else {
                cell.append(c);
                cellStart = false;
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
