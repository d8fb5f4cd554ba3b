package org.jixiao.targets.sheet;

import org.jixiao.common.xlsx.CellError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jixiao.common.ValidationException;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetKind;
import org.jixiao.targets.ValueComparator;
import org.jixiao.targets.sheet.SeedSheets.Sheetful;
import org.jixiao.targets.sheet.TargetWorkbooks.SheetRead;
import org.junit.jupiter.api.Test;

/** Reading sheets laid out as the seeds' official tables, with their real rows; errors by cell; the bounds. */
class TargetWorkbooksTest {
    private static final String[] SEED_002_MERGES = {"A4:A5", "B4:B5", "C4:E4", "A13:A25", "B14:B20", "C14:C15",
        "C16:C17", "C19:C20", "B21:B23", "B24:B25", "C24:C25"};

    private static SheetRead only(byte[] file) {
        List<SheetRead> sheets = TargetWorkbooks.read(file, 2024);
        assertThat(sheets).hasSize(1);
        return sheets.get(0);
    }

    @Test
    void seed001ProjectTableReadsAsItIs() {
        SheetRead read = only(SeedSheets.workbook(new Sheetful("会诊", SeedSheets.SEED_001_PROJECT, "A4:A5", "B5:G5",
                "A6:A7")));
        assertThat(read.errors()).isEmpty();
        PerformanceTarget t = read.target();
        assertThat(t.getKind()).isEqualTo(TargetKind.PROJECT);
        assertThat(t.getFiscalYear()).isEqualTo(2024);
        assertThat(t.getUnitCode()).isEqualTo("450001");
        assertThat(t.getProjectCode()).isEqualTo("13022524P00CL0E10035D");
        assertThat(t.getName()).isEqualTo("安全生产专家会诊服务费");
        assertThat(t.getFiscalFunds()).isEqualByComparingTo("200.00");
        assertThat(t.getFundUse()).startsWith("主要用于乐亭县化工企业");
        assertThat(t.getGoals()).startsWith("1.主要用于");
        assertThat(t.getSpendingPlan()).extracting(p -> p.month() + ":" + p.percent().toPlainString())
                .containsExactly("3:25", "6:50", "10:75", "12:100");
        assertThat(t.getIndicators()).hasSize(9);
        Indicator first = t.getIndicators().get(0);
        assertThat(first.getValueText()).isEqualTo("≥12次");
        assertThat(first.getComparator()).isEqualTo(ValueComparator.GE);
        assertThat(first.getValue()).isEqualByComparingTo("12");
        assertThat(first.getUnit()).isEqualTo("次");
        assertThat(first.getBasis()).isEqualTo("根据年初工作计划安排");
        // blank 一级 continuation cells carry the 产出指标 down, 成本指标 under 产出 included
        assertThat(t.getIndicators()).extracting(i -> i.getLevel1() + "/" + i.getLevel2()).startsWith(
                "产出指标/数量指标", "产出指标/质量指标", "产出指标/时效指标", "产出指标/成本指标", "效益指标/经济效益指标");
        assertThat(t.getIndicators().get(3).getValueText()).isEqualTo("预算成本");
        assertThat(t.getIndicators().get(8).getLevel1()).isEqualTo("满意度指标");
    }

    @Test
    void seed000ReadsEffectIndicatorsAndTakesTheNameFromTheTitle() {
        SheetRead read = only(SeedSheets.workbook(new Sheetful("信息平台", SeedSheets.SEED_000_PROJECT, "B2:F2")));
        assertThat(read.errors()).isEmpty();
        PerformanceTarget t = read.target();
        assertThat(t.getName()).isEqualTo("应急管理信息平台设备购置专项资金");
        assertThat(t.getGoals()).startsWith("2021 年 12 月底前");
        assertThat(t.getIndicators()).extracting(Indicator::getLevel1)
                .containsExactly("产出指标", "产出指标", "产出指标", "产出指标", "效果指标", "满意度指标");
        assertThat(t.getIndicators().get(0).getValue()).isEqualByComparingTo("3");
        assertThat(t.getIndicators().get(3).getComparator()).isEqualTo(ValueComparator.LE);
        assertThat(t.getIndicators().get(5).getName()).isEqualTo("用户满意度");
    }

    @Test
    void seed002DepartmentTableReadsTasksMergedLevelsAndTheDashTypo() {
        SheetRead read = only(SeedSheets.workbook(new Sheetful("2021", SeedSheets.SEED_002_DEPARTMENT, SEED_002_MERGES)));
        assertThat(read.errors()).isEmpty();
        PerformanceTarget t = read.target();
        assertThat(t.getKind()).isEqualTo(TargetKind.DEPARTMENT);
        assertThat(t.getFiscalYear()).isEqualTo(2021);
        assertThat(t.getName()).isEqualTo("库尔勒市应急管理局");
        assertThat(t.getFiscalFunds()).isEqualByComparingTo("1146.21");
        assertThat(t.getOtherFunds()).isEqualByComparingTo("0");
        assertThat(t.getTasks()).extracting(task -> task.getName()).containsExactly(
                "直接安全生产、应急救援、自然灾害实际财政支出及其他财政支出", "干部队伍建设", "安全生产项目", "第一书记为民办实事项目",
                "自然灾害冬春救助项目");
        assertThat(t.getTasks().get(3).getFiscalAmount()).isEqualByComparingTo("2.00");
        assertThat(t.getGoals()).startsWith("目标1：");
        assertThat(t.getIndicators()).hasSize(12);
        assertThat(t.getIndicators()).extracting(i -> i.getLevel1() + "/" + i.getLevel2() + "/" + i.getName())
                .contains("产出指标/数量指标/开展安全生产隐患排查次数", "产出指标/成本指标/安全生产项目费用",
                        "满意度指标/服务对象满意度指标/群众满意度");
        Indicator dash = t.getIndicators().get(2);
        assertThat(dash.getValueText()).isEqualTo("-100%");
        assertThat(dash.getComparator()).isEqualTo(ValueComparator.EQ);
        assertThat(dash.getValue()).isEqualByComparingTo("100");
    }

    @Test
    void costAsItsOwnLevel1() {
        String[][] rows = {
            {"项目名称", "应急物资储备"},
            {"一级指标", "二级指标", "三级指标", "指标值", "分值"},
            {"成本指标", "经济成本指标", "应急物资采购成本", "≤120万元", "20"},
            {"产出指标", "数量指标", "应急物资装备采购量", "≥30件", "40"},
            {"效益指标", "社会效益指标", "应急保障能力", "有效提升", "20"},
            {"满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%", "10"},
        };
        PerformanceTarget t = only(SeedSheets.workbook(new Sheetful("物资", rows))).target();
        assertThat(t.getIndicators()).extracting(Indicator::getLevel1)
                .containsExactly("成本指标", "产出指标", "效益指标", "满意度指标");
        assertThat(t.getIndicators().get(0).getWeight()).isEqualByComparingTo("20");
    }

    @Test
    void severalTargetsInOneWorkbookOneSheetEach() {
        List<SheetRead> sheets = TargetWorkbooks.read(SeedSheets.workbook(
                new Sheetful("会诊", SeedSheets.SEED_001_PROJECT, "A4:A5", "B5:G5", "A6:A7"),
                new Sheetful("说明", new String[][] {{"填表说明：一张工作表填一个绩效目标"}}),
                new Sheetful("信息平台", SeedSheets.SEED_000_PROJECT),
                new Sheetful("部门整体", SeedSheets.SEED_002_DEPARTMENT, SEED_002_MERGES)), 2024);
        assertThat(sheets).extracting(SheetRead::name).containsExactly("会诊", "信息平台", "部门整体");
        assertThat(sheets).allSatisfy(s -> assertThat(s.errors()).isEmpty());
    }

    @Test
    void everyCellErrorIsNamedInChinese() {
        String[][] rows = SeedSheets.copy(SeedSheets.SEED_001_PROJECT);
        rows[2][3] = "安".repeat(201);            // D3 项目名称 too long
        rows[3][2] = "二百万";                     // C4 预算数 not a number
        rows[6][2] = "一半";                       // C7 6月底 not a percentage
        rows[10][2] = null;                        // C11 三级指标 missing
        rows[13][4] = "≥**天";                    // E14 value unreadable: a warning only
        SheetRead read = only(SeedSheets.workbook(new Sheetful("会诊", rows, "A4:A5", "B5:G5", "A6:A7")));
        assertThat(read.errors()).extracting(e -> e.cell() + " " + e.message()).containsExactlyInAnyOrder(
                "D3 名称不能超过 200 个字",
                "C4 预算数「二百万」不是金额（万元）",
                "C7 6 月累计支出比例「一半」不是百分比",
                "C11 未填写三级指标");
        assertThat(read.warnings()).extracting(CellError::cell).containsExactly("E14");
    }

    @Test
    void budgetMustAddUpAndTheYearMustBeKnown() {
        String[][] rows = SeedSheets.copy(SeedSheets.SEED_001_PROJECT);
        rows[3][6] = "10.00";
        List<SheetRead> sheets = TargetWorkbooks.read(SeedSheets.workbook(new Sheetful("会诊", rows)), null);
        assertThat(sheets.get(0).errors()).extracting(e -> e.cell() + " " + e.message()).containsExactlyInAnyOrder(
                "C4 预算数 200.00 不等于财政资金与其他资金之和 210.00",
                "null 未找到预算年度：请在表中填写「预算年度」，或导入时选择年度");
    }

    @Test
    void boundsAreCheckedBeforeReading() {
        assertThatThrownBy(() -> TargetWorkbooks.read("一级指标\t三级指标".getBytes(), 2024))
                .isInstanceOf(ValidationException.class).hasMessageContaining(".xlsx");
        assertThatThrownBy(() -> TargetWorkbooks.read(new byte[SheetBounds.MAX_FILE_BYTES + 1], 2024))
                .hasMessageContaining("不能超过 2 MB");
        assertThatThrownBy(() -> TargetWorkbooks.read(zipOfZeros(SheetBounds.MAX_UNPACKED_BYTES + 1), 2024))
                .hasMessageContaining("解压后过大");

        String[][] tall = new String[SheetBounds.MAX_ROWS + 1][];
        for (int i = 0; i < tall.length; i++) {
            tall[i] = new String[] {i == 0 ? "一级指标" : "x"};
        }
        String[][] wide = {{"一级指标", "二级指标", "三级指标", "指标值"}, new String[SheetBounds.MAX_COLUMNS + 1]};
        wide[1][SheetBounds.MAX_COLUMNS] = "x";
        String[][] longCell = {{"一级指标", "二级指标", "三级指标", "指标值"}, {"x".repeat(SheetBounds.MAX_CELL_CHARS + 1)}};
        List<SheetRead> sheets = TargetWorkbooks.read(SeedSheets.workbook(new Sheetful("tall", tall),
                new Sheetful("wide", wide), new Sheetful("long", longCell)), 2024);
        assertThat(sheets).extracting(s -> s.name() + " " + s.errors().get(0).message()).containsExactly(
                "tall 工作表超过 300 行，请拆分后导入",
                "wide 单元格 U2 超出范围：绩效目标表最多 20 列",
                "long 单元格内容超过 4000 个字");
    }

    private static byte[] zipOfZeros(long size) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(SheetBounds.MAX_FILE_BYTES);
        return out.toByteArray();
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }
}
