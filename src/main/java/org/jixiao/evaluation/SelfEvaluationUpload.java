package org.jixiao.evaluation;

import static org.jixiao.evaluation.UploadedValues.number;
import static org.jixiao.evaluation.UploadedValues.numberIn;
import static org.jixiao.evaluation.UploadedValues.ref;
import static org.jixiao.evaluation.UploadedValues.same;
import static org.jixiao.evaluation.UploadedValues.shortly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ValidationException;
import org.jixiao.evaluation.internal.SelfEvaluationIndicator;
import org.jixiao.evaluation.scoring.QualitativeGrade;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.common.xlsx.CellError;

/**
 * A filled 绩效自评表 (the layout {@link SelfEvaluationExport} writes) read into the form of one self-evaluation: the
 * funds row, 实际完成情况, each indicator's 实际完成值 (达成情况 and 得分 for a qualitative one) and 偏差原因, 存在问题
 * and 改进措施. The file passes {@link SelfEvaluationWorkbook}'s bounds first; cell text becomes values by
 * {@link UploadedValues}. Each sheet row is matched to the target's indicator by 一级 and 三级 name; a row that matches none, an indicator missing, a value that is not a
 * number and whatever {@link SelfEvaluationChecks} refuses is an error on its cell, in Chinese. What the sheet does
 * not carry (评价结论, the overspend 说明) keeps its stored value.
 */
final class SelfEvaluationUpload {
    private static final int ACTUAL = 5;
    private static final int SCORE = 7;
    private static final int DEVIATION = 8;

    /** What the sheet says, in the target's indicator order, and where each indicator's row is (-1: missing). */
    record Result(SelfEvaluationInput input, int[] rows, List<CellError> errors, List<CellError> warnings) {
    }

    private final SelfEvaluationDetail current;
    private final List<CellError> errors = new ArrayList<>();
    private final List<CellError> warnings = new ArrayList<>();
    private final Map<String, String> cellOf = new HashMap<>();

    private SelfEvaluationUpload(SelfEvaluationDetail current) {
        this.current = current;
    }

    /** Whole-file problems (size, not an .xlsx, no indicator table) → 422 on {@code file}; the rest by cell. */
    static Result read(byte[] file, SelfEvaluationDetail current, Integer version) {
        return SelfEvaluationWorkbook.read(file, sheet -> new SelfEvaluationUpload(current).read(sheet, version));
    }

    private Result read(Sheet sheet, Integer version) {
        if (SelfEvaluationSheet.find(sheet, 1, "一级指标") == null) {
            throw ValidationException.of("file", "文件中没有绩效自评表（未找到「一级指标」表头），请使用本自评导出的表格填写");
        }
        SelfEvaluation e = current.evaluation();
        Row funds = SelfEvaluationSheet.find(sheet, 1, "年度资金总额");
        BigDecimal adjusted = e.getAdjustedFunds();
        BigDecimal executed = e.getExecutedFunds();
        if (funds == null) {
            warnings.add(new CellError(null, "adjustedFunds", "未找到「年度资金总额」行，全年预算数和执行数保持不变"));
        } else {
            adjusted = money(funds, 4, "adjustedFunds", "全年预算数");
            executed = money(funds, 5, "executedFunds", "全年执行数");
            cellOf.put("executionNote", ref(funds.getRowNum(), 5));
        }
        Row expected = SelfEvaluationSheet.find(sheet, 1, "预期目标");
        String goalsActual = e.getGoalsActual();
        if (expected != null) {
            goalsActual = prose(sheet.getRow(expected.getRowNum() + 1), 6, "goalsActual");
            if (e.getGoalsActual() == null && Objects.equals(goalsActual, e.getConclusion())) {
                goalsActual = null; // the export shows the 评价结论 there while 实际完成情况 is empty
            }
        }
        String budgetDeviation = proseOr(SelfEvaluationSheet.find(sheet, 0, "预算执行偏差原因"), "budgetDeviation",
                e.getBudgetDeviation());
        String problems = proseOr(SelfEvaluationSheet.find(sheet, 0, "存在问题"), "problems", e.getProblems());
        String improvements = proseOr(SelfEvaluationSheet.find(sheet, 0, "改进措施"), "improvements", e.getImprovements());
        int[] rows = new int[current.lines().size()];
        List<SelfEvaluationInput.Entry> entries = entries(sheet, rows);
        SelfEvaluationInput input = new SelfEvaluationInput(version, adjusted, executed, budgetDeviation, goalsActual,
                e.getConclusion(), problems, improvements, entries, e.getExecutionNote());
        checks(input);
        return new Result(input, rows, List.copyOf(errors), List.copyOf(warnings));
    }

    /** Each sheet row matched to the first unmatched indicator with its 一级 and 三级 names. */
    private List<SelfEvaluationInput.Entry> entries(Sheet sheet, int[] rows) {
        List<Indicator> indicators = current.lines().stream().map(SelfEvaluationDetail.Line::indicator).toList();
        java.util.Arrays.fill(rows, -1);
        for (SelfEvaluationSheet.Line line : SelfEvaluationSheet.read(sheet).lines()) {
            int match = -1;
            for (int i = 0; i < indicators.size() && match < 0; i++) {
                if (rows[i] < 0 && same(indicators.get(i).getName(), line.name())
                        && same(indicators.get(i).getLevel1(), line.level1())) {
                    match = i;
                }
            }
            if (match < 0) {
                errors.add(new CellError(ref(line.row(), 3), null, "三级指标「" + line.name() + "」（一级指标「"
                        + line.level1() + "」）不是该绩效目标的指标，或已在上面出现过；请勿修改指标名称或增删指标行"));
            } else {
                rows[match] = line.row();
            }
        }
        List<SelfEvaluationInput.Entry> entries = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (rows[i] < 0) {
                errors.add(new CellError(null, "indicators[" + i + "]", "表中缺少指标「" + indicator.getName()
                        + "」的行，请使用本自评导出的自评表填写"));
                SelfEvaluationIndicator stored = current.lines().get(i).row();
                entries.add(new SelfEvaluationInput.Entry(indicator.getId(), stored.getActual(), stored.getGrade(),
                        stored.getSelfScore(), stored.getDeviation()));
                continue;
            }
            entries.add(entry(sheet.getRow(rows[i]), i, indicator));
        }
        return entries;
    }

    private SelfEvaluationInput.Entry entry(Row row, int i, Indicator indicator) {
        String at = "indicators[" + i + "].";
        int r = row.getRowNum();
        cellOf.put(at + "indicatorId", ref(r, 3));
        cellOf.put(at + "actual", ref(r, ACTUAL));
        cellOf.put(at + "grade", ref(r, ACTUAL));
        cellOf.put(at + "score", ref(r, SCORE));
        cellOf.put(at + "deviation", ref(r, DEVIATION));
        compare(row, 4, "年度指标值", indicator.getValueText());
        BigDecimal weight = number(row.getCell(6));
        if (weight != null && indicator.getWeight() != null && weight.compareTo(indicator.getWeight()) != 0) {
            warnings.add(new CellError(ref(r, 6), at + "weight", "分值与绩效目标不同（应为 "
                    + indicator.getWeight().stripTrailingZeros().toPlainString() + "），以绩效目标为准"));
        }
        String deviation = SelfEvaluationSheet.deviation(SelfEvaluationSheet.text(row, DEVIATION));
        String actualText = SelfEvaluationSheet.text(row, ACTUAL);
        if (indicator.getComparator() != null) {
            BigDecimal actual = number(row.getCell(ACTUAL));
            if (actual == null && actualText != null) {
                actual = numberIn(actualText, indicator.getUnit());
                if (actual == null) {
                    errors.add(new CellError(ref(r, ACTUAL), at + "actual", "实际完成值「" + shortly(actualText)
                            + "」不是数字" + (indicator.getUnit() == null ? "" : "（单位：" + indicator.getUnit() + "）")));
                }
            }
            return new SelfEvaluationInput.Entry(indicator.getId(), actual, null, null, deviation);
        }
        QualitativeGrade grade = null;
        if (actualText != null) {
            for (QualitativeGrade g : QualitativeGrade.values()) {
                if (same(g.label(), actualText)) {
                    grade = g;
                }
            }
            if (grade == null) {
                errors.add(new CellError(ref(r, ACTUAL), at + "grade", "定性指标的实际完成值应为「达成年度指标」"
                        + "「部分达成并具有一定效果」或「未达成且效果较差」，现为「" + shortly(actualText) + "」"));
            }
        }
        BigDecimal score = number(row.getCell(SCORE));
        String scoreText = SelfEvaluationSheet.text(row, SCORE);
        if (score == null && scoreText != null && (score = numberIn(scoreText, "分")) == null) {
            errors.add(new CellError(ref(r, SCORE), at + "score", "得分「" + shortly(scoreText) + "」不是数字"));
        }
        return new SelfEvaluationInput.Entry(indicator.getId(), null, grade, score, deviation);
    }

    /** What the save would refuse, on the cell it came from. */
    private void checks(SelfEvaluationInput input) {
        PerformanceTarget target = current.target();
        List<FieldViolation> violations = new ArrayList<>(SelfEvaluationChecks.draft(target, input));
        Map<Long, SelfEvaluationIndicator> rows = new HashMap<>();
        for (SelfEvaluationInput.Entry entry : input.indicators()) {
            SelfEvaluationIndicator row = new SelfEvaluationIndicator();
            row.setIndicatorId(entry.indicatorId());
            row.setActual(entry.actual());
            row.setGrade(entry.grade());
            row.setSelfScore(entry.score());
            rows.put(entry.indicatorId(), row);
        }
        violations.addAll(SelfEvaluationChecks.scores(SelfEvaluationAccess.inputs(target, rows)));
        for (FieldViolation v : violations) {
            if (errors.stream().anyMatch(e -> v.field().equals(e.field()))) {
                continue; // already said more precisely while reading
            }
            String message = "executionNote".equals(v.field())
                    ? v.message() + "：请先在自评页面填写说明，再导入" : v.message();
            errors.add(new CellError(cellOf.get(v.field()), v.field(), message));
        }
    }

    private BigDecimal money(Row row, int column, String field, String label) {
        cellOf.put(field, ref(row.getRowNum(), column));
        BigDecimal amount = number(row.getCell(column));
        String text = SelfEvaluationSheet.text(row, column);
        if (amount == null && text != null && (amount = numberIn(text, "万元")) == null) {
            errors.add(new CellError(ref(row.getRowNum(), column), field, label + "「" + shortly(text)
                    + "」不是金额（万元，最多两位小数）"));
        }
        return amount;
    }

    private String prose(Row row, int column, String field) {
        if (row != null) {
            cellOf.put(field, ref(row.getRowNum(), column));
        }
        return SelfEvaluationSheet.text(row, column);
    }

    private String proseOr(Row row, String field, String stored) {
        return row == null ? stored : prose(row, 2, field);
    }

    private void compare(Row row, int column, String label, String expected) {
        String text = SelfEvaluationSheet.text(row, column);
        if (text != null && expected != null && !same(text, expected)) {
            warnings.add(new CellError(ref(row.getRowNum(), column), null, label + "「" + shortly(text)
                    + "」与绩效目标不同（应为「" + expected + "」），以绩效目标为准"));
        }
    }
}
