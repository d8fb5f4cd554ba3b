package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Workbook;
import org.jixiao.evaluation.internal.SelfEvaluation;
import org.jixiao.evaluation.internal.SelfEvaluationIndicator;
import org.jixiao.evaluation.scoring.BudgetScore;
import org.jixiao.evaluation.scoring.FormScoring;
import org.jixiao.targets.AnnualTask;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetKind;

/**
 * The layout of one 绩效自评表, top to bottom: title, header rows, the funds block, (部门整体) the annual tasks,
 * 年度总体目标, the indicator table with merged 一级/二级 cells, 总分, 等级, problems and improvements. The cells
 * themselves are {@link FormSheet}'s.
 */
final class SelfEvaluationForm {
    static final int COLUMNS = SelfEvaluationExport.COLUMNS;
    private static final int[] WIDTHS = {10, 18, 18, 24, 14, 14, 8, 9, 32, 10};

    private final SelfEvaluationDetail d;
    private final String departmentName;
    private final FormSheet f;
    private final boolean department;

    SelfEvaluationForm(Workbook workbook, SelfEvaluationDetail d, String departmentName) {
        this.d = d;
        this.departmentName = departmentName;
        this.f = new FormSheet(workbook, "绩效自评表", WIDTHS);
        this.department = d.target().getKind() == TargetKind.DEPARTMENT;
    }

    void build() {
        titleRows();
        headerRows();
        fundRows();
        if (department) {
            taskRows();
        }
        goalRows();
        indicatorRows();
        totalRows();
        printSetup();
    }

    private void titleRows() {
        f.title(SelfEvaluationExport.title(d));
        f.note("（单位：万元）");
    }

    private void headerRows() {
        PerformanceTarget t = d.target();
        if (department) {
            f.row();
            f.label(0, 1, "预算部门名称");
            f.text(2, COLUMNS - 1, firstOf(departmentName, t.getUnitName()));
            f.row();
            f.label(0, 1, "实施单位");
            f.text(2, COLUMNS - 1, t.getUnitName());
            return;
        }
        f.row();
        f.label(0, 1, "项目名称");
        f.text(2, 5, t.getName());
        f.label(6, 7, "项目编码");
        f.text(8, COLUMNS - 1, t.getProjectCode());
        f.row();
        f.label(0, 1, "主管部门");
        f.text(2, 5, departmentName);
        f.label(6, 7, "实施单位");
        f.text(8, COLUMNS - 1, t.getUnitName());
    }

    private void fundRows() {
        SelfEvaluation e = d.evaluation();
        PerformanceTarget t = d.target();
        BudgetScore budget = d.score() == null ? null : d.score().budget();
        int first = f.r();
        f.row();
        f.header(2, 3, "年初预算数");
        f.header(4, 4, "全年预算数");
        f.header(5, 5, "全年执行数");
        f.header(6, 6, "分值");
        f.header(7, 7, "执行率");
        f.header(8, COLUMNS - 1, "得分");
        f.row();
        f.label(1, 1, "年度资金总额");
        f.money(2, 3, e.getPlannedFunds());
        f.money(4, 4, e.getAdjustedFunds());
        f.money(5, 5, e.getExecutedFunds());
        f.score(6, 6, budgetPoints());
        f.percent(7, 7, budget == null || budget.rate() == null ? null : budget.rate().movePointLeft(2));
        f.score(8, COLUMNS - 1, budget == null ? e.getBudgetScore() : budget.score());
        f.row();
        f.label(1, 1, department ? "其中：一般公共预算" : "其中：财政拨款");
        f.money(2, 3, t.getFiscalFunds());
        f.blank(4, COLUMNS - 1);
        f.row();
        f.label(1, 1, "其他资金");
        f.money(2, 3, t.getOtherFunds());
        f.blank(4, COLUMNS - 1);
        f.merge(first, f.r() - 1, 0, 0);
        f.sideLabel(first, 0, department ? "年度预算申请（万元）" : "项目资金（万元）");
        f.headerAt(first, 1);
        if (present(e.getBudgetDeviation())) {
            f.row();
            f.label(0, 1, "预算执行偏差原因");
            f.longText(2, COLUMNS - 1, e.getBudgetDeviation());
        }
    }

    /** 部门整体: the target's 年度主要任务 with their funds, below the budget block. */
    /** The 预算执行 row's 分值 also before the funds are entered. */
    private BigDecimal budgetPoints() {
        if (d.score() != null && d.score().budget() != null) {
            return d.score().budget().points();
        }
        return d.config() == null ? null : d.config().budgetPoints();
    }

    private void taskRows() {
        List<AnnualTask> tasks = d.target().getTasks().stream().filter(Objects::nonNull).toList();
        if (tasks.isEmpty()) {
            return;
        }
        int first = f.r();
        f.row();
        f.header(1, 2, "任务名称");
        f.header(3, 7, "主要内容");
        f.header(8, 8, "财政拨款");
        f.header(9, 9, "其他资金");
        for (AnnualTask task : tasks) {
            f.row();
            f.text(1, 2, task.getName());
            f.longText(3, 7, task.getContent());
            f.money(8, 8, task.getFiscalAmount());
            f.money(9, 9, task.getOtherAmount());
        }
        f.merge(first, f.r() - 1, 0, 0);
        f.sideLabel(first, 0, "年度主要任务");
    }

    private void goalRows() {
        f.row();
        f.header(1, 5, "预期目标");
        f.header(6, COLUMNS - 1, "实际完成情况");
        f.row();
        f.longText(1, 5, d.target().getGoals());
        f.longText(6, COLUMNS - 1, d.evaluation().getGoalsActual() != null ? d.evaluation().getGoalsActual()
                : d.evaluation().getConclusion());
        f.merge(f.r() - 2, f.r() - 1, 0, 0);
        f.sideLabel(f.r() - 2, 0, "年度总体目标");
    }

    private void indicatorRows() {
        int first = f.r();
        f.row();
        for (int c = 1; c < COLUMNS; c++) {
            f.header(c, c, SelfEvaluationExport.INDICATOR_HEADERS.get(c));
        }
        List<SelfEvaluationDetail.Line> lines = d.lines();
        int start = f.r();
        for (SelfEvaluationDetail.Line line : lines) {
            indicatorRow(line);
        }
        mergeGroups(lines, start);
        f.merge(first, f.r() - 1, 0, 0);
        f.sideLabel(first, 0, SelfEvaluationExport.INDICATOR_HEADERS.get(0));
    }

    private void indicatorRow(SelfEvaluationDetail.Line line) {
        Indicator i = line.indicator();
        SelfEvaluationIndicator row = line.row();
        f.row();
        f.text(1, 1, level1Label(i.getLevel1()));
        f.text(2, 2, i.getLevel2());
        f.text(3, 3, i.getName());
        f.text(4, 4, i.getValueText());
        if (row != null && row.getActual() != null) {
            f.number(5, row.getActual());
        } else {
            f.text(5, 5, row == null || row.getGrade() == null ? null : row.getGrade().label());
        }
        f.score(6, 6, i.getWeight());
        f.score(7, 7, line.item() == null ? (row == null ? null : row.getSelfScore()) : line.item().score());
        f.longText(8, 8, deviation(row));
        f.score(9, 9, row == null ? null : row.getReviewedScore());
    }

    private static String deviation(SelfEvaluationIndicator row) {
        if (row == null) {
            return null;
        }
        if (present(row.getReviewReason())) {
            return (present(row.getDeviation()) ? row.getDeviation() + "\n" : "") + "复核：" + row.getReviewReason();
        }
        return row.getDeviation();
    }

    /** "产出指标（40分）", the level's weight as the official form prints it. */
    private String level1Label(String level1) {
        BigDecimal sum = d.lines().stream().map(SelfEvaluationDetail.Line::indicator)
                .filter(i -> Objects.equals(i.getLevel1(), level1) && i.getWeight() != null)
                .map(Indicator::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
        return (level1 == null ? "" : level1) + "（" + sum.stripTrailingZeros().toPlainString() + "分）";
    }

    /** Merges runs of equal 一级 and, inside them, of equal 二级 indicators, as the official table does. */
    private void mergeGroups(List<SelfEvaluationDetail.Line> lines, int start) {
        int run1 = 0;
        int run2 = 0;
        for (int k = 1; k <= lines.size(); k++) {
            boolean end = k == lines.size();
            Indicator current = end ? null : lines.get(k).indicator();
            Indicator previous = lines.get(k - 1).indicator();
            boolean same1 = !end && Objects.equals(current.getLevel1(), previous.getLevel1());
            boolean same2 = same1 && Objects.equals(current.getLevel2(), previous.getLevel2());
            if (!same2) {
                f.merge(start + run2, start + k - 1, 2, 2);
                run2 = k;
            }
            if (!same1) {
                f.merge(start + run1, start + k - 1, 1, 1);
                run1 = k;
            }
        }
    }

    private void totalRows() {
        SelfEvaluation e = d.evaluation();
        FormScoring.Result score = d.score();
        BigDecimal points = d.lines().stream().map(l -> l.indicator().getWeight()).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (budgetPoints() != null) {
            points = points.add(budgetPoints());
        }
        f.row();
        f.label(0, 5, "总分");
        f.score(6, 6, points);
        f.score(7, 7, score == null || score.total() == null ? e.getTotal() : score.total());
        f.blank(8, 8);
        f.score(9, 9, e.getReviewedTotal());
        f.row();
        f.label(0, 5, "评价等级");
        f.blank(6, 6);
        f.text(7, 7, score == null || score.grade() == null ? e.getGrade() : score.grade().label());
        f.blank(8, 8);
        f.text(9, 9, e.getReviewedGrade());
        f.row();
        f.label(0, 1, "存在问题");
        f.longText(2, COLUMNS - 1, e.getProblems());
        f.row();
        f.label(0, 1, "改进措施");
        f.longText(2, COLUMNS - 1, e.getImprovements());
    }

    private void printSetup() {
        f.printLandscapeA4();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String firstOf(String a, String b) {
        return present(a) ? a : b;
    }
}
