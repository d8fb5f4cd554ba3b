package org.jixiao.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jixiao.common.xlsx.WorkbookStyles;
import org.jixiao.monitoring.internal.ExportIndicatorRow;
import org.jixiao.monitoring.internal.ExportProjectRow;
import org.jixiao.monitoring.internal.MonitoringRoundDashboardMapper;
import org.jixiao.monitoring.lights.Achievement;
import org.jixiao.monitoring.lights.Light;
import org.jixiao.monitoring.lights.Likelihood;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgNode;
import org.springframework.stereotype.Service;

/**
 * Exports a round to .xlsx: sheet 项目 (one row per report) and sheet 指标 (one row per indicator of each
 * report's target). Written with SXSSF and read in keyset pages, so a round of tens of thousands of
 * reports needs neither the whole result set nor the whole workbook in memory.
 */
@Service
public class MonitoringRoundExport {
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int PAGE = 500;

    static final List<String> PROJECT_HEADERS = List.of("主管部门", "单位", "项目名称", "项目编码", "预算数(万元)",
            "执行数(万元)", "执行率", "预计结转结余(万元)", "预算执行灯", "总体灯", "状态", "是否逾期", "执行数说明");
    private static final int[] PROJECT_WIDTHS = {22, 24, 36, 16, 14, 14, 10, 18, 12, 10, 16, 10, 40};
    private static final int[] INDICATOR_WIDTHS = {36, 14, 16, 28, 16, 16, 16, 12, 30, 30, 30, 10};

    private final MonitoringRoundDashboardService dashboard;
    private final MonitoringRoundDashboardMapper mapper;
    private final OrgDirectory directory;

    MonitoringRoundExport(MonitoringRoundDashboardService dashboard, MonitoringRoundDashboardMapper mapper, OrgDirectory directory) {
        this.dashboard = dashboard;
        this.mapper = mapper;
        this.directory = directory;
    }

    static List<String> indicatorHeaders(int cutoffMonth) {
        return List.of("项目名称", "一级指标", "二级指标", "三级指标", "指标值", "1-" + cutoffMonth + "月完成值",
                "全年预计完成值", "完成可能性", "偏差原因", "原因说明", "纠偏措施", "指示灯");
    }

    /** A prepared export: scope and role are checked, nothing is written yet. */
    public interface File {
        String fileName();

        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Checks that the caller may export the round (404 out of scope, 403 for unit roles) before any byte
     * is written, so errors still reach the client as problem JSON.
     */
    public File prepare(CurrentUser user, Long roundId) {
        return prepare(user, roundId, PAGE);
    }

    /** {@code pageSize}: reports read per query (tests use small pages to cross page boundaries). */
    File prepare(CurrentUser user, Long roundId, int pageSize) {
        MonitoringRoundDashboardService.Scoped scoped = dashboard.scoped(user, roundId);
        dashboard.requireExport(user);
        MonitoringRoundSummary round = scoped.round();
        String name = round.fiscalYear() + "年1-" + round.cutoffMonth() + "月绩效运行监控.xlsx";
        return new File() {
            @Override
            public String fileName() {
                return name;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                write(round, scoped.units(), out, pageSize);
            }
        };
    }

    private void write(MonitoringRoundSummary round, Set<Long> units, OutputStream out, int pageSize) throws IOException {
        Map<Long, String> names = directory.all().stream()
                .collect(Collectors.toMap(OrgNode::getId, OrgNode::getName, (a, b) -> a));
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try {
            Styles styles = new Styles(workbook);
            Sheet projects = sheet(workbook, "项目", PROJECT_HEADERS, PROJECT_WIDTHS, styles);
            Sheet indicators = sheet(workbook, "指标", indicatorHeaders(round.cutoffMonth()), INDICATOR_WIDTHS, styles);
            int projectRow = 1;
            int indicatorRow = 1;
            long after = 0;
            List<ExportProjectRow> page;
            do {
                page = mapper.exportProjects(round.id(), units, after, pageSize);
                for (ExportProjectRow report : page) {
                    projectRow(projects.createRow(projectRow++), report, names, styles);
                }
                if (!page.isEmpty()) {
                    after = page.get(page.size() - 1).getId();
                    for (ExportIndicatorRow indicator : mapper.exportIndicators(
                            page.stream().map(ExportProjectRow::getId).toList())) {
                        indicatorRow(indicators.createRow(indicatorRow++), indicator, styles);
                    }
                }
            } while (page.size() == pageSize);
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static Sheet sheet(SXSSFWorkbook workbook, String name, List<String> headers, int[] widths, Styles styles) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            styles.shared.text(cell, headers.get(i));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void projectRow(Row row, ExportProjectRow r, Map<Long, String> names, Styles styles) {
        text(row, 0, r.getDepartmentId() == null ? "" : names.getOrDefault(r.getDepartmentId(), ""), styles);
        text(row, 1, names.getOrDefault(r.getUnitId(), ""), styles);
        text(row, 2, r.getTargetName(), styles);
        text(row, 3, r.getProjectCode(), styles);
        BigDecimal budget = r.budget();
        number(row, 4, budget, styles.money);
        number(row, 5, r.getExecutedFunds(), styles.money);
        number(row, 6, rate(r.getExecutedFunds(), budget), styles.percent);
        number(row, 7, r.getExpectedCarryOver(), styles.money);
        text(row, 8, light(r.getBudgetLight()), styles);
        text(row, 9, light(r.getLight()), styles);
        text(row, 10, r.getStatus() == null ? "" : r.getStatus().label(), styles);
        text(row, 11, r.isOverdue() ? "是" : "否", styles);
        text(row, 12, r.getExecutionNote(), styles);
    }

    private static void indicatorRow(Row row, ExportIndicatorRow i, Styles styles) {
        text(row, 0, i.getTargetName(), styles);
        text(row, 1, i.getLevel1(), styles);
        text(row, 2, i.getLevel2(), styles);
        text(row, 3, i.getLevel3(), styles);
        text(row, 4, i.getValueText(), styles);
        if (i.getValueToDate() != null) {
            number(row, 5, i.getValueToDate(), styles.value);
        } else {
            text(row, 5, label(Achievement.class, i.getAchievement(), Achievement::label), styles);
        }
        number(row, 6, i.getExpectedYearEnd(), styles.value);
        text(row, 7, label(Likelihood.class, i.getLikelihood(), Likelihood::label), styles);
        text(row, 8, reasons(i.getDeviationReasons()), styles);
        text(row, 9, i.getRemark(), styles);
        text(row, 10, i.getMeasures(), styles);
        text(row, 11, light(i.getLight()), styles);
    }

    /** 执行率 as a fraction (shown as a percentage); none without a positive budget. */
    static BigDecimal rate(BigDecimal executed, BigDecimal budget) {
        if (executed == null || budget == null || budget.signum() <= 0) {
            return null;
        }
        return executed.divide(budget, 4, RoundingMode.HALF_UP);
    }

    static String reasons(String codes) {
        if (codes == null || codes.isBlank()) {
            return "";
        }
        return Arrays.stream(codes.split(",")).map(String::trim).filter(c -> !c.isEmpty())
                .map(c -> DeviationReason.labelOf(c)).collect(Collectors.joining("、"));
    }

    static String light(String code) {
        return label(Light.class, code, Light::label);
    }

    private static <E extends Enum<E>> String label(Class<E> type, String code, Function<E, String> label) {
        if (code == null || code.isBlank()) {
            return "";
        }
        try {
            return label.apply(Enum.valueOf(type, code));
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    private static void text(Row row, int column, String value, Styles styles) {
        if (value != null && !value.isEmpty()) {
            styles.shared.text(row.createCell(column), value);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    /** The round export's look, on the styles both exports share. */
    private static final class Styles {
        final WorkbookStyles shared;
        final CellStyle header;
        final CellStyle money;
        final CellStyle percent;
        final CellStyle value;

        Styles(SXSSFWorkbook workbook) {
            shared = new WorkbookStyles(workbook);
            header = shared.header(shared.font(true, 0, null));
            money = shared.numbers(WorkbookStyles.MONEY);
            percent = shared.numbers(WorkbookStyles.PERCENT);
            value = shared.numbers(WorkbookStyles.GENERAL);
        }
    }
}
