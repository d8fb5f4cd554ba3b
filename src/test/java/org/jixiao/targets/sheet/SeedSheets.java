package org.jixiao.targets.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks laid out as the seeds' tables are, with their real rows (copied from /work/shared/seeds 000, 001 and 002,
 * where the text extraction split cells by tab): merged 一级 and label cells, blank continuation cells, 效果指标.
 */
public final class SeedSheets {

    private SeedSheets() {
    }

    /** Seed 001, 1.安全生产专家会诊服务费绩效目标表 (乐亭县应急管理局 2024), as in the original: 一级 left blank below. */
    public static final String[][] SEED_001_PROJECT = {
        {"1.安全生产专家会诊服务费绩效目标表"},
        {"450001乐亭县应急管理局本级", null, null, null, null, "单位：万元"},
        {"项目编码", "13022524P00CL0E10035D", "项目名称", "安全生产专家会诊服务费"},
        {"预算规模及资金用途", "预算数", "200.00", "其中：财政    资金", "200.00", "其他资金", " "},
        {null, "主要用于乐亭县化工企业开展每季度一次的事故隐患专家会诊工作，对重点行业和作业场所职业卫生安全生产加强行政执法监察，"
            + "加强重大危险源的监测、监控、辨识与评估及登记建档、备案与核销等安全管理。"},
        {"资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"},
        {null, "25%", "50%", "75%", "100%"},
        {"绩效目标", "1.主要用于乐亭县化工企业开展每季度一次的事故隐患专家会诊工作，对重点行业和作业场所职业卫生安全生产加强行政执法监察，"
            + "加强重大危险源的监测、监控、辨识与评估及登记建档、备案与核销等安全管理。"},
        {"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"},
        {"产出指标", "数量指标", "组织专家审查次数", "组织专家审查次数", "≥12次", "根据年初工作计划安排"},
        {null, "质量指标", "工作任务完成情况", "工作任务完成情况", "按时完成", "根据年初工作计划安排"},
        {null, "时效指标", "按时完成项目", "按时完成项目", "按时完成", "根据年初工作计划安排"},
        {null, "成本指标", "成本指标", "财政投入", "预算成本", "根据年初工作计划安排"},
        {"效益指标", "经济效益指标", "提高效率", "提高效率", "≥95%", "根据年初工作计划安排"},
        {null, "社会效益指标", "运行能力", "运行能力", "长期", "根据年初工作计划安排"},
        {null, "生态效益指标", "生态效益指标", "生态效益指标", "长期", "根据年初工作计划安排"},
        {null, "可持续影响指标", "长期使用性", "长期使用性", "长期", "根据年初工作计划安排"},
        {"满意度指标", "服务对象满意度指标", "满意率", "满意率", "≥95%", "根据年初工作计划安排"},
    };

    /** Seed 000, 1.应急管理信息平台设备购置专项资金绩效目标表: 效果指标 as 一级, 成本 under 产出, no header block. */
    public static final String[][] SEED_000_PROJECT = {
        {"1.应急管理信息平台设备购置专项资金绩效目标表"},
        {"绩效目标", "2021 年 12 月底前完成本项目下所有系统的交付使用。"},
        {"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"},
        {"产出指标", "数量指标", "构成模块数", "整套系统由 3 个模块构成", "3 个", "《河北省应急管理信息化发展规划》"},
        {null, "质量指标", "错误率", "系统投用后能够平稳运行，错误率小于 5%", "≤5%", "《河北省应急管理信息化发展规划》"},
        {null, "时效指标", "按计划时间完成率", "2021年12月31日前投入使用", "100%", "《河北省应急管理信息化发展规划》"},
        {null, "成本指标", "控制预算金额内", "控制预算金额内", "≤40 万元", "预算法"},
        {"效果指标", "社会效益指标", "提高应急管理信息化水平", "提高全市应急管理能力和水平", "提高全市应急管理能力和水平",
            "《河北省应急管理信息化发展规划》"},
        {"满意度指标", "服务对象满意度指标", "用户满意度　", "用户满意度　", "≥95%", "问卷调查"},
    };

    /**
     * Seed 002, 部门（单位）整体支出绩效目标表 (2021年), 库尔勒市应急管理局: a merged 年度重点任务 column before some tasks,
     * merged 一级/二级 over their rows, -100% typed for =100%, and 成本指标 under 产出 (abridged to a few tasks).
     */
    public static final String[][] SEED_002_DEPARTMENT = {
        {"部门（单位）整体支出绩效目标表"},
        {"(2021年)"},
        {"部门（单位）名称", null, "库尔勒市应急管理局"},
        {"任务名称", "主要内容", "预算金额（万元）"},
        {null, null, "总额", "财政拨款", "其他资金"},
        {"合计", null, "1146.21", "1146.21", "0.00"},
        {"直接安全生产、应急救援、自然灾害实际财政支出及其他财政支出", "组织开展指导安全生产类、自然灾害类突发事件应急救援，承担库尔勒市应对重大灾害指挥部工作。",
            "898.04", "898.04", "0.00"},
        {"干部队伍建设", "为退休干部提供生活保障，解决干部后顾之忧之化，增强队伍凝聚力", "3.79", "3.79", "0.00"},
        {"安全生产项目", "排查企业、非煤矿山不少于1.5万个；保障公务用车4辆；安全生产宣传、培训次数不少于12次。", "220.00", "220.00", "0.00"},
        {"年度重点任务", "第一书记为民办实事项目", "按照相关规定，合理支配使用为民办实事经费。2021年完成开展节假日慰问活动不少于4次，为民办实事不少于4件。",
            "2.00", "2.00", "0.00"},
        {"自然灾害冬春救助项目", "按照《自然灾害救助条例》、《国家自然灾害救助应急预案》等规定，确保冬春期间受灾群众基本生活和安全温暖过冬。",
            "22.38", "22.38", "0.00"},
        {"年度总目标", "目标1：安全生产宣传、培训12次；安全生产隐患排查5000次；应急救援、地震演练不少于4次。"},
        {"年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"},
        {null, "产出指标", "数量指标", "开展安全生产人员培训次数", "≥12次"},
        {null, null, null, "开展安全生产隐患排查次数", "≥5000次"},
        {null, null, "质量指标", "工作保障率", "-100%"},
        {null, null, null, "培训合格率", "≥95%"},
        {null, null, "时效指标", "公用经费支付及时性", "-100%"},
        {null, null, "成本指标", "人均运转经费数", "≤11.56万元"},
        {null, null, null, "安全生产项目费用", "≤220万元"},
        {null, "效益指标", "经济效益指标", "降低安全生产事故、自然灾害造成的经济损失", "有效降低"},
        {null, null, "社会效益指标", "安全生产事故发生率", "≤8%"},
        {null, null, "可持续影响指标", "群众知晓党的方针、政策及重点工作", "有效维护"},
        {null, "满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"},
        {null, null, null, "群众满意度", "≥95%"},
    };

    /** One sheet per entry: rows as given, then {@code merges} (each "A4:A5") applied. */
    public static byte[] workbook(Sheetful... sheets) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Sheetful s : sheets) {
                Sheet sheet = wb.createSheet(s.name());
                for (int r = 0; r < s.rows().length; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < s.rows()[r].length; c++) {
                        if (s.rows()[r][c] != null) {
                            row.createCell(c).setCellValue(s.rows()[r][c]);
                        }
                    }
                }
                for (String merge : s.merges()) {
                    sheet.addMergedRegion(CellRangeAddress.valueOf(merge));
                }
                s.then().accept(sheet);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Sheetful(String name, String[][] rows, String[] merges, Consumer<Sheet> then) {
        public Sheetful(String name, String[][] rows, String... merges) {
            this(name, rows, merges, sheet -> { });
        }
    }

    /** A deep copy of seed rows, to change a cell for an error case. */
    public static String[][] copy(String[][] rows) {
        String[][] copy = new String[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
