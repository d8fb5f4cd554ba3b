package org.jixiao.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.evaluation.scoring.BudgetScore;
import org.jixiao.evaluation.scoring.FormScoring;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgNode;
import org.jixiao.targets.AnnualTask;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetKind;
import org.springframework.stereotype.Service;

/**
 * One self-evaluation as the official 项目支出绩效自评表 (or 部门整体支出绩效自评表 for a department target): title,
 * header rows, the funds block, 年度总体目标, the indicator table with merged 一级/二级 cells, 总分 and 等级. The first
 * nine columns are the official table's (财预〔2020〕10号 附件, seed 004); finance's 复核得分 comes after them, so a
 * re-scored form still shows what the unit claimed and {@link SelfEvaluationSheet} reads it back.
 */
@Service
public class SelfEvaluationExport {
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int COLUMNS = 10;
    static final List<String> INDICATOR_HEADERS = List.of("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值",
            "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "复核得分");

    private final SelfEvaluationService evaluations;
    private final OrgDirectory directory;

    SelfEvaluationExport(SelfEvaluationService evaluations, OrgDirectory directory) {
        this.evaluations = evaluations;
        this.directory = directory;
    }

    public record File(String fileName, byte[] content) {
    }

    /** Same scope as reading the self-evaluation: 404 when the caller may not see it. */
    public File export(CurrentUser user, Long id) {
        SelfEvaluationDetail detail = evaluations.get(user, id);
        String department = detail.evaluation().getDepartmentId() == null ? null
                : directory.node(detail.evaluation().getDepartmentId()).map(OrgNode::getName).orElse(null);
        return new File(fileName(detail.target()), write(detail, department));
    }

    static String fileName(PerformanceTarget target) {
        String name = target.getName() == null ? "" : target.getName().replaceAll("[\\\\/:*?\"<>|\\r\\n]", "_");
        return name + "绩效自评表.xlsx";
    }

    static String title(SelfEvaluationDetail d) {
        return d.round().getFiscalYear() + "年度"
                + (d.target().getKind() == TargetKind.DEPARTMENT ? "部门整体支出绩效自评表" : "项目支出绩效自评表");
    }

    static byte[] write(SelfEvaluationDetail detail, String departmentName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new SelfEvaluationForm(workbook, detail, departmentName).build();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
