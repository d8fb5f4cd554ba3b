package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.monitoring.internal.MonitoringRoundMapper;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.targets.internal.TargetMapper;
import org.jixiao.targets.TargetStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A monitoring round with reports "filled in" by SQL (statuses, lights, funds, one target's indicators),
 * as the report form will leave them. Reports: a1–a3 in unit 450001 (department of {@code dept}),
 * b1–b2 in 460001 (department of {@code dept2}) unless the round covers 450001's department only.
 */
public final class DashboardFixtures {
    private final MonitoringRoundService service;
    private final MonitoringFixtures fixtures;
    private final JdbcTemplate jdbc;

    /** The fixtures over the test context's beans. */
    public static DashboardFixtures of(org.springframework.context.ApplicationContext context) {
        return new DashboardFixtures(context.getBean(MonitoringRoundService.class), context.getBean(TargetMapper.class),
                context.getBean(MonitoringRoundMapper.class), context.getBean(OrgDirectory.class),
                context.getBean(TransactionTemplate.class), context.getBean(JdbcTemplate.class));
    }

    public DashboardFixtures(MonitoringRoundService service, TargetMapper targets, MonitoringRoundMapper rounds,
                             OrgDirectory directory, TransactionTemplate transaction, JdbcTemplate jdbc) {
        this.service = service;
        this.fixtures = new MonitoringFixtures(targets, rounds, directory, transaction);
        this.jdbc = jdbc;
    }

    /** @param reports report ids by key (a1, a2, a3, b1, b2) */
    public record Scenario(Long roundId, Map<String, Long> reports, Map<String, Long> targets) {
    }

    public CurrentUser user(String username) {
        return fixtures.user(username);
    }

    public Long unit(String code) {
        return fixtures.unit(code);
    }

    public Long departmentOf(String unitCode) {
        return fixtures.departmentOf(unitCode);
    }

    public Scenario filledRound(int year, boolean letingOnly) {
        Map<String, Long> targets = new LinkedHashMap<>();
        List<Long> a = fixtures.targets("450001", year, 3, TargetStatus.APPROVED);
        List<Long> b = fixtures.targets("460001", year, 2, TargetStatus.APPROVED);
        for (int i = 0; i < a.size(); i++) {
            targets.put("a" + (i + 1), a.get(i));
        }
        for (int i = 0; i < b.size(); i++) {
            targets.put("b" + (i + 1), b.get(i));
        }
        CurrentUser finance = fixtures.user("finance");
        MonitoringRoundSummary opened = service.open(finance, year, 6, LocalDate.of(year, 7, 15),
                letingOnly ? List.of(fixtures.departmentOf("450001")) : null, LocalDate.of(year, 7, 1));
        MonitoringFixtures.await(() -> service.get(finance, opened.id()), r -> r.status() == MonitoringRoundStatus.OPEN,
                Duration.ofSeconds(90));
        Map<String, Long> reports = new LinkedHashMap<>();
        targets.forEach((key, targetId) -> jdbc.query(
                "SELECT id FROM monitoring_report WHERE round_id = ? AND target_id = ?",
                rs -> { reports.put(key, rs.getLong(1)); }, opened.id(), targetId));

        jdbc.update("UPDATE performance_target SET name = ?, project_code = ?, other_funds = ? WHERE id = ?",
                "应急物资储备项目 " + year, "XM-" + year + "-01", new BigDecimal("5.00"), targets.get("a1"));
        fill(reports.get("a1"), ReportStatus.APPROVED, "RED", "GREEN", "4.50", "1.00", false);
        fill(reports.get("a2"), ReportStatus.DEPT_REVIEW, "YELLOW", "RED", "1.00", null, true);
        if (reports.containsKey("b1")) {
            fill(reports.get("b1"), ReportStatus.RETURNED, "GREEN", "GREEN", "9.00", null, false);
            fill(reports.get("b2"), ReportStatus.UNIT_REVIEW, "BLUE", "RED", "2.00", null, false);
        }
        Long quantitative = indicator(targets.get("a1"), 1, "产出指标", "数量指标", "储备物资种类", "≥20种");
        Long qualitative = indicator(targets.get("a1"), 2, "效益指标", "社会效益指标", "应急保障能力", "有效提升");
        jdbc.update("INSERT INTO monitoring_report_indicator (report_id, indicator_id, value_to_date, expected_year_end,"
                        + " likelihood, deviation_reasons, remark, measures, light) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                reports.get("a1"), quantitative, new BigDecimal("6"), new BigDecimal("18.5"), "POSSIBLE",
                "FUNDING,OTHER", "资金到位较晚", "加快采购进度", "RED");
        jdbc.update("INSERT INTO monitoring_report_indicator (report_id, indicator_id, achievement, likelihood, light)"
                + " VALUES (?, ?, ?, ?, ?)", reports.get("a1"), qualitative, "PARTIAL", "CERTAIN", "YELLOW");
        return new Scenario(opened.id(), reports, targets);
    }

    private void fill(Long reportId, ReportStatus status, String light, String budgetLight, String executed,
                      String carryOver, boolean overdue) {
        jdbc.update("UPDATE monitoring_report SET status = ?, light = ?, budget_light = ?, executed_funds = ?,"
                        + " expected_carry_over = ?, overdue = ? WHERE id = ?", status.name(), light, budgetLight,
                new BigDecimal(executed), carryOver == null ? null : new BigDecimal(carryOver), overdue, reportId);
    }

    private Long indicator(Long targetId, int order, String level1, String level2, String name, String value) {
        jdbc.update("INSERT INTO target_indicator (target_id, sort_order, level1, level2, name, value_text)"
                + " VALUES (?, ?, ?, ?, ?, ?)", targetId, order, level1, level2, name, value);
        return jdbc.queryForObject("SELECT MAX(id) FROM target_indicator WHERE target_id = ?", Long.class, targetId);
    }
}
