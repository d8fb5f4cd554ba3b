package org.jixiao.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Volume data straight into the tables with multi-row inserts: extra departments and units under the demo
 * finance bureau, and N approved targets of one year with a spending plan and three indicators each (their kinds
 * stored, as a save through the service stores them). The
 * approval process is skipped on purpose; it is not what is measured.
 */
final class BenchSeeder {
    private static final int ROWS_PER_STATEMENT = 500;
    private static final String CREATED_BY = "bench";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    BenchSeeder(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Creates {@code departments} × {@code unitsPerDept} units under the bureau; returns the unit ids. */
    List<Long> organisation(Long financeId, int departments, int unitsPerDept) {
        transaction.executeWithoutResult(tx -> {
            for (int d = 1; d <= departments; d++) {
                jdbc.update("INSERT INTO org_node (parent_id, kind, code, name) VALUES (?, 'DEPARTMENT', ?, ?)",
                        financeId, "BENCH-D" + d, "压测主管部门" + d);
            }
        });
        List<Long> departmentIds = jdbc.queryForList(
                "SELECT id FROM org_node WHERE code LIKE 'BENCH-D%' ORDER BY id", Long.class);
        List<Object[]> units = new ArrayList<>();
        for (Long departmentId : departmentIds) {
            for (int u = 1; u <= unitsPerDept; u++) {
                units.add(new Object[] {departmentId, "BENCH-U" + departmentId + "-" + u, "压测预算单位" + departmentId + "-" + u});
            }
        }
        transaction.executeWithoutResult(tx -> insertRows(
                "INSERT INTO org_node (parent_id, kind, code, name) VALUES ", "(?, 'UNIT', ?, ?)", units));
        return jdbc.queryForList("SELECT id FROM org_node WHERE code LIKE 'BENCH-U%' ORDER BY id", Long.class);
    }

    /**
     * Inserts {@code count} APPROVED targets of the year: {@code bigUnitCount} of them in {@code bigUnit},
     * the rest round-robin over {@code units}; then their spending plans and indicators (insert … select).
     */
    void approvedTargets(int year, int count, Long bigUnit, int bigUnitCount, List<Long> units) {
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        List<Object[]> batch = new ArrayList<>(ROWS_PER_STATEMENT);
        for (int i = 0; i < count; i++) {
            Long unit = i < bigUnitCount ? bigUnit : units.get(i % units.size());
            batch.add(new Object[] {year, unit, "BENCH-" + year + "-" + i, "压测项目 " + year + "-" + i,
                    new java.math.BigDecimal("10.00"), "APPROVED", now, now});
            if (batch.size() == ROWS_PER_STATEMENT || i == count - 1) {
                List<Object[]> rows = batch;
                transaction.executeWithoutResult(tx -> insertRows(
                        "INSERT INTO performance_target (kind, fiscal_year, unit_id, project_code, name, fiscal_funds,"
                                + " status, version, created_by, created_at, updated_at) VALUES ",
                        "('PROJECT', ?, ?, ?, ?, ?, ?, 0, '" + CREATED_BY + "', ?, ?)", rows));
                batch = new ArrayList<>(ROWS_PER_STATEMENT);
            }
        }
        String ofYear = " FROM performance_target WHERE created_by = '" + CREATED_BY + "' AND fiscal_year = " + year;
        transaction.executeWithoutResult(tx -> {
            // first versions: their own lineage, and the approved version of it (V6, 目标调整)
            jdbc.update("UPDATE performance_target SET lineage_id = id, approved_of = id, approved_at = updated_at"
                    + " WHERE created_by = '" + CREATED_BY + "' AND fiscal_year = " + year);
            jdbc.update("INSERT INTO target_spending_plan (target_id, plan_month, percent) SELECT id, 6, 50" + ofYear);
            jdbc.update("INSERT INTO target_spending_plan (target_id, plan_month, percent) SELECT id, 12, 100" + ofYear);
            jdbc.update("INSERT INTO target_indicator (target_id, sort_order, level1, level2, name, value_text,"
                    + " comparator, target_value, unit, weight, progress_kind) SELECT id, 1, '产出指标', '数量指标', '完成项目数',"
                    + " '≥10个', 'GE', 10, '个', 30, 'CUMULATIVE'" + ofYear);
            jdbc.update("INSERT INTO target_indicator (target_id, sort_order, level1, level2, name, value_text,"
                    + " comparator, target_value, unit, weight, progress_kind) SELECT id, 2, '效益指标', '社会效益指标', '受益人数',"
                    + " '≥1000人', 'GE', 1000, '人', 30, 'CUMULATIVE'" + ofYear);
            jdbc.update("INSERT INTO target_indicator (target_id, sort_order, level1, level2, name, value_text,"
                    + " comparator, target_value, unit, weight, progress_kind) SELECT id, 3, '满意度指标', '服务对象满意度指标',"
                    + " '群众满意度', '≥90%', 'GE', 90, '%', 30, 'LEVEL'" + ofYear);
        });
    }

    private void insertRows(String head, String group, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String sql = head + String.join(",", Collections.nCopies(part.size(), group));
            jdbc.update(sql, part.stream().flatMap(java.util.Arrays::stream).toArray());
        }
    }
}
