package org.jixiao.admin;

import java.util.List;
import java.util.Map;

/**
 * What an import would do, row by row: each row's values by column, its action and its errors by column (the cell
 * to fix). {@code applied} is true once every row has been written, which happens only when there are no errors.
 */
public record ImportPreview(List<RowPlan> units, List<RowPlan> users, int errorCount, boolean applied) {

    public enum Action { CREATE, UPDATE, UNCHANGED, ERROR }

    /** @param row the spreadsheet's row number (1 = header, data from 2) */
    public record RowPlan(String sheet, int row, Map<String, String> values, Action action, Map<String, String> errors) {
    }
}
