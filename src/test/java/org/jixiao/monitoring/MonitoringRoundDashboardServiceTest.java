package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.monitoring.internal.RedListEntry;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Dashboard numbers, red list, scope and the .xlsx export over a round filled by SQL. Years 2070–2079. */
@IntegrationTest
class MonitoringRoundDashboardServiceTest {
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    OrgDirectory directory;
    @Autowired
    MonitoringRoundDashboardService dashboard;
    @Autowired
    MonitoringRoundExport export;

    DashboardFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = DashboardFixtures.of(context);
    }

    private CurrentUser user(String name) {
        return fixtures.user(name);
    }

    @Test
    void financeSeesEveryDepartmentWithItsCountsAndLights() {
        DashboardFixtures.Scenario s = fixtures.filledRound(2070, false);
        List<ProgressRow> rows = dashboard.progress(user("finance"), s.roundId());

        Map<Long, ProgressRow> byOrg = rows.stream().collect(Collectors.toMap(ProgressRow::orgId, Function.identity()));
        assertThat(rows).hasSize(5).allSatisfy(r -> assertThat(r.level()).isEqualTo("DEPARTMENT"));
        ProgressRow leting = byOrg.get(fixtures.departmentOf("450001"));
        assertThat(leting.orgName()).isEqualTo(directory.node(leting.orgId()).orElseThrow().getName());
        assertThat(List.of(leting.reports(), leting.submitted(), leting.approved(), leting.overdue()))
                .containsExactly(3, 2, 1, 1);
        assertThat(leting.lights()).isEqualTo(new MonitoringRoundSummary.Lights(1, 1, 0, 0));
        ProgressRow korla = byOrg.get(fixtures.departmentOf("460001"));
        assertThat(List.of(korla.reports(), korla.submitted(), korla.approved(), korla.overdue()))
                .as("RETURNED is not handed in").containsExactly(2, 1, 0, 0);
        assertThat(korla.lights()).isEqualTo(new MonitoringRoundSummary.Lights(0, 0, 1, 1));
        assertThat(rows).filteredOn(r -> r != leting && r != korla)
                .as("departments without targets show zeros").allSatisfy(r -> assertThat(r.reports()).isZero());
    }

    @Test
    void departmentsAndUnitsSeeTheirOwnUnitsOnly() {
        DashboardFixtures.Scenario s = fixtures.filledRound(2071, false);

        List<ProgressRow> dept = dashboard.progress(user("dept"), s.roundId());
        assertThat(dept).singleElement().satisfies(r -> {
            assertThat(r.level()).isEqualTo("UNIT");
            assertThat(r.orgId()).isEqualTo(fixtures.unit("450001"));
            assertThat(r.reports()).isEqualTo(3);
            assertThat(r.lights().red()).isEqualTo(1);
        });
        assertThat(dashboard.progress(user("dept2"), s.roundId())).singleElement()
                .satisfies(r -> assertThat(r.orgId()).isEqualTo(fixtures.unit("460001")));
        assertThat(dashboard.progress(user("staff"), s.roundId())).singleElement()
                .satisfies(r -> assertThat(r.reports()).isEqualTo(3));
    }

    @Test
    void redListHoldsReportsWithARedOverallOrBudgetLightInScope() {
        DashboardFixtures.Scenario s = fixtures.filledRound(2072, false);

        List<RedListEntry> all = dashboard.redList(user("finance"), s.roundId(), 0, 100);
        assertThat(all).extracting(RedListEntry::getReportId)
                .containsExactlyInAnyOrder(s.reports().get("a1"), s.reports().get("a2"), s.reports().get("b2"));
        assertThat(dashboard.countRed(user("finance"), s.roundId())).isEqualTo(3);
        RedListEntry a1 = all.stream().filter(e -> e.getReportId().equals(s.reports().get("a1"))).findFirst().orElseThrow();
        assertThat(a1.getTargetName()).isEqualTo("应急物资储备项目 2072");
        assertThat(a1.getUnitName()).isEqualTo(directory.node(fixtures.unit("450001")).orElseThrow().getName());
        assertThat(a1.getLight()).isEqualTo("RED");
        assertThat(a1.getBudgetLight()).isEqualTo("GREEN");
        assertThat(a1.getStatus()).isEqualTo(ReportStatus.APPROVED);

        assertThat(dashboard.redList(user("finance"), s.roundId(), 1, 1)).hasSize(1);
        assertThat(dashboard.redList(user("dept2"), s.roundId(), 0, 100)).extracting(RedListEntry::getReportId)
                .containsExactly(s.reports().get("b2"));
        assertThat(dashboard.countRed(user("dept"), s.roundId())).isEqualTo(2);
    }

    @Test
    void aRoundOfOneDepartmentIsNotFoundForTheOthers() {
        DashboardFixtures.Scenario s = fixtures.filledRound(2073, true);
        assertThat(s.reports()).doesNotContainKey("b1");

        assertThat(dashboard.progress(user("finance"), s.roundId())).singleElement()
                .satisfies(r -> assertThat(r.orgId()).isEqualTo(fixtures.departmentOf("450001")));
        for (String outsider : List.of("dept2", "staff2", "leader2")) {
            assertThatThrownBy(() -> dashboard.progress(user(outsider), s.roundId())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> dashboard.redList(user(outsider), s.roundId(), 0, 10))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> export.prepare(user(outsider), s.roundId())).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> export.prepare(user("staff"), s.roundId())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> export.prepare(user("leader"), s.roundId())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> dashboard.progress(user("finance"), 987654321L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void exportHasAProjectAndAnIndicatorSheetWithChineseHeadersAndNumbers() throws IOException {
        DashboardFixtures.Scenario s = fixtures.filledRound(2074, false);
        MonitoringRoundExport.File file = export.prepare(user("finance"), s.roundId(), 2);
        assertThat(file.fileName()).isEqualTo("2074年1-6月绩效运行监控.xlsx");

        try (Workbook book = read(file)) {
            Sheet projects = book.getSheet("项目");
            assertThat(texts(projects.getRow(0))).containsExactly("主管部门", "单位", "项目名称", "项目编码", "预算数(万元)",
                    "执行数(万元)", "执行率", "预计结转结余(万元)", "预算执行灯", "总体灯", "状态", "是否逾期", "执行数说明");
            assertThat(book.getFontAt(projects.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(projects.getPaneInformation().isFreezePane()).isTrue();
            assertThat(projects.getLastRowNum()).as("5 reports over 3 pages of 2").isEqualTo(5);

            Row a1 = rowOf(projects, 2, "应急物资储备项目 2074");
            assertThat(a1.getCell(0).getStringCellValue())
                    .isEqualTo(directory.node(fixtures.departmentOf("450001")).orElseThrow().getName());
            assertThat(a1.getCell(3).getStringCellValue()).isEqualTo("XM-2074-01");
            assertThat(a1.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(a1.getCell(4).getNumericCellValue()).isEqualTo(15.0);
            assertThat(a1.getCell(5).getNumericCellValue()).isEqualTo(4.5);
            assertThat(a1.getCell(6).getNumericCellValue()).isEqualTo(0.3);
            assertThat(a1.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(a1.getCell(7).getNumericCellValue()).isEqualTo(1.0);
            assertThat(texts(a1).subList(8, 12)).containsExactly("绿", "红", "审核通过", "否");
            Row a2 = projects.getRow(2);
            assertThat(texts(a2).subList(8, 12)).containsExactly("红", "黄", "主管部门审核中", "是");

            Sheet indicators = book.getSheet("指标");
            assertThat(texts(indicators.getRow(0))).containsExactly("项目名称", "一级指标", "二级指标", "三级指标", "指标值",
                    "1-6月完成值", "全年预计完成值", "完成可能性", "偏差原因", "原因说明", "纠偏措施", "指示灯");
            assertThat(indicators.getLastRowNum()).isEqualTo(2);
            Row quantitative = indicators.getRow(1);
            assertThat(texts(quantitative).subList(0, 5))
                    .containsExactly("应急物资储备项目 2074", "产出指标", "数量指标", "储备物资种类", "≥20种");
            assertThat(quantitative.getCell(5).getNumericCellValue()).isEqualTo(6.0);
            assertThat(quantitative.getCell(6).getNumericCellValue()).isEqualTo(18.5);
            assertThat(texts(quantitative).subList(7, 12))
                    .containsExactly("有可能", "经费保障、其他", "资金到位较晚", "加快采购进度", "红");
            Row qualitative = indicators.getRow(2);
            assertThat(qualitative.getCell(5).getStringCellValue()).isEqualTo("部分达成");
            assertThat(qualitative.getCell(6)).isNull();
            assertThat(qualitative.getCell(7).getStringCellValue()).isEqualTo("确定能");
        }
    }

    @Test
    void aDepartmentExportsItsOwnUnitsOnly() throws IOException {
        DashboardFixtures.Scenario s = fixtures.filledRound(2075, false);
        try (Workbook book = read(export.prepare(user("dept2"), s.roundId()))) {
            Sheet projects = book.getSheet("项目");
            assertThat(projects.getLastRowNum()).isEqualTo(2);
            String korla = directory.node(fixtures.unit("460001")).orElseThrow().getName();
            assertThat(projects.getRow(1).getCell(1).getStringCellValue()).isEqualTo(korla);
            assertThat(projects.getRow(2).getCell(1).getStringCellValue()).isEqualTo(korla);
            assertThat(book.getSheet("指标").getLastRowNum()).isZero();
        }
    }

    @Test
    void labelsOfStoredCodes() {
        assertThat(MonitoringRoundExport.reasons("FUNDING, RULES,STAFF,HARDWARE,OTHER"))
                .isEqualTo("经费保障、制度保障、人员保障、硬件条件保障、其他");
        assertThat(MonitoringRoundExport.reasons(null)).isEmpty();
        assertThat(MonitoringRoundExport.light("BLUE")).isEqualTo("蓝");
        assertThat(MonitoringRoundExport.light("ODD")).isEqualTo("ODD");
        assertThat(MonitoringRoundExport.rate(new java.math.BigDecimal("1"), java.math.BigDecimal.ZERO)).isNull();
    }

    static Workbook read(MonitoringRoundExport.File file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writeTo(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Row rowOf(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && value.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + value);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell == null ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                    : String.valueOf(cell.getNumericCellValue()));
        }
        return texts;
    }
}
