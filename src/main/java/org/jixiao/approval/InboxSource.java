package org.jixiao.approval;

/**
 * How the inbox reads one kind of subject from the feature's own tables: SQL fragments that are constants of the
 * feature, never user input. The inbox copies the stable columns once when a task is created and joins the live
 * ones (status, light) for the rows of a page, so this package needs no knowledge of the features' tables.
 *
 * @param columns      seven expressions, in this order: fiscal year, round id, cut-off month, name, code,
 *                     amount (万元), due date ({@code NULL} where a kind has none)
 * @param from         the FROM clause reading them, restricted to {@code #{subjectId}}
 * @param liveTable    the subject's table, keyed by {@code id}, for what changes while a task is open
 * @param statusColumn its status column
 * @param lightColumn  its light column, or null when the kind has no light
 * @param namePrefix   put before the name where one line must say what the subject is ("监控报告：")
 */
public record InboxSource(String columns, String from, String liveTable, String statusColumn, String lightColumn,
                          String namePrefix) {
}
