package org.jixiao.common.xlsx;

/**
 * One mistake found while reading a sheet or a pasted block, in Chinese, where the person can find it.
 *
 * @param cell    Excel's own reference (E14), or "第 3 行" for a pasted block; null when it concerns the whole sheet
 * @param field   the target field it belongs to (name, indicators[2].weight …), as the JSON API names it
 * @param message what is wrong, in Chinese
 */
public record CellError(String cell, String field, String message) {
}
