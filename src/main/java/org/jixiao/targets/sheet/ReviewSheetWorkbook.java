package org.jixiao.targets.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.approval.sheet.Criterion;
import org.jixiao.approval.sheet.Grade;
import org.jixiao.approval.sheet.SheetRecord;
import org.jixiao.common.xlsx.FormStyles;
import org.jixiao.targets.PerformanceTarget;

/**
 * 绩效目标审核表 (财预〔2015〕88号) as .xlsx: one worksheet per graded review of the target, oldest first, each with the
 * target's header (项目名称, 单位, 项目编码, 资金总额), the four headings with what they ask, the grade and comment,
 * the 审核结果 and its effect, the 完善意见, the opinion, reviewer and date. Texts go through
 * {@code WorkbookStyles.text}, so nothing a user typed becomes a formula.
 */
public final class ReviewSheetWorkbook {
    public static final String TITLE = "绩效目标审核表";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String[] EFFECT = {"审核通过，进入预算安排", "审核通过，单位按完善意见完善目标",
        "退回单位修改后重新送审", "否决，不进入预算"};

    private final FormStyles styles;
    private final Sheet sheet;
    private int row;

    private ReviewSheetWorkbook(FormStyles styles, Sheet sheet) {
        this.styles = styles;
        this.sheet = sheet;
        int[] widths = {16, 44, 10, 50};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    /** The workbook's bytes; {@code sheets} is not empty. */
    public static byte[] write(PerformanceTarget target, List<SheetRecord> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            FormStyles styles = new FormStyles(workbook);
            for (int n = 0; n < sheets.size(); n++) {
                // step names come from configuration: Excel refuses some characters and names over 31
                String name = WorkbookUtil.createSafeSheetName((n + 1) + "-" + sheets.get(n).getStepName());
                new ReviewSheetWorkbook(styles, workbook.createSheet(name))
                        .fill(target, sheets.get(n));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(PerformanceTarget t, SheetRecord s) {
        merged(TITLE, styles.title);
        merged("（" + t.getFiscalYear() + "年度）", styles.subtitle);
        pair("项目名称", t.getName());
        Row unit = next();
        text(unit, 0, "单位名称", styles.label);
        text(unit, 1, t.getUnitName(), styles.left);
        text(unit, 2, "项目编码", styles.label);
        text(unit, 3, t.getProjectCode(), styles.left);
        Row money = next();
        text(money, 0, "资金总额（万元）", styles.label);
        Cell total = money.createCell(1);
        BigDecimal funds = t.totalFunds();
        if (funds != null) {
            total.setCellValue(funds.doubleValue());
        }
        total.setCellStyle(styles.money);
        text(money, 2, "审核环节", styles.label);
        text(money, 3, s.getStepName(), styles.left);
        Row head = next();
        String[] headers = {"审核内容", "审核要点", "评价", "审核意见"};
        for (int c = 0; c < headers.length; c++) {
            text(head, c, headers[c], styles.label);
        }
        for (Criterion c : Criterion.values()) {
            Row r = next();
            text(r, 0, c.label(), styles.label);
            text(r, 1, c.question(), styles.prose);
            text(r, 2, s.grade(c).label(), styles.centered);
            text(r, 3, s.comment(c), styles.prose);
        }
        Grade result = s.getResult();
        pair("审核结果", result.label() + "（" + EFFECT[result.ordinal()] + "）");
        pair("完善意见", s.getImprovement());
        pair("审核意见", s.getOpinion());
        Row signed = next();
        text(signed, 0, "审核人", styles.label);
        text(signed, 1, s.getReviewerName(), styles.left);
        text(signed, 2, "审核日期", styles.label);
        text(signed, 3, DATE.format(s.getCreatedAt().atZone(ZoneId.systemDefault())), styles.left);
    }

    private Row next() {
        return sheet.createRow(row++);
    }

    private void merged(String value, CellStyle style) {
        Row r = next();
        text(r, 0, value, style);
        sheet.addMergedRegion(new CellRangeAddress(r.getRowNum(), r.getRowNum(), 0, 3));
    }

    /** A label and a value over the three remaining columns. */
    private void pair(String label, String value) {
        Row r = next();
        text(r, 0, label, styles.label);
        for (int c = 1; c < 4; c++) {
            text(r, c, c == 1 ? value : null, styles.prose);
        }
        sheet.addMergedRegion(new CellRangeAddress(r.getRowNum(), r.getRowNum(), 1, 3));
    }

    private void text(Row r, int column, String value, CellStyle style) {
        Cell cell = r.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            styles.cells.text(cell, value);
        }
    }
}
