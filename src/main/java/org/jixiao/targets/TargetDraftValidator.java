package org.jixiao.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.Limits;

/**
 * What a draft must satisfy just to be stored (the submission checks in {@link TargetChecks} are
 * stricter). Keeps every user mistake a 422 with a field, instead of a database error.
 */
public final class TargetDraftValidator {

    private TargetDraftValidator() {
    }

    public static List<FieldViolation> validate(PerformanceTarget t) {
        List<FieldViolation> v = new ArrayList<>();
        if (t.getKind() == null) {
            v.add(new FieldViolation("kind", "请选择目标类型（项目/部门整体）"));
        }
        if (t.getFiscalYear() < 2000 || t.getFiscalYear() > 2100) {
            v.add(new FieldViolation("fiscalYear", "预算年度应在 2000–2100 之间"));
        }
        if (t.getName() == null || t.getName().isBlank()) {
            v.add(new FieldViolation("name", "请填写名称"));
        }
        length(v, "name", "名称", t.getName(), Limits.NAME);
        length(v, "projectCode", "项目编码", t.getProjectCode(), Limits.PROJECT_CODE);
        length(v, "projectAttribute", "项目属性", t.getProjectAttribute(), Limits.PROJECT_ATTRIBUTE);
        length(v, "implementationPeriod", "实施期", t.getImplementationPeriod(), Limits.IMPLEMENTATION_PERIOD);
        length(v, "fundUse", "资金用途", t.getFundUse(), Limits.FUND_USE);
        length(v, "goals", "绩效目标", t.getGoals(), Limits.GOALS);
        length(v, "periodGoals", "实施期目标", t.getPeriodGoals(), Limits.PERIOD_GOALS);
        amount(v, "fiscalFunds", "财政资金", t.getFiscalFunds());
        amount(v, "otherFunds", "其他资金", t.getOtherFunds());

        Set<Integer> months = new HashSet<>();
        for (int i = 0; i < t.getSpendingPlan().size(); i++) {
            SpendingPlanPoint p = t.getSpendingPlan().get(i);
            String f = "spendingPlan[" + i + "]";
            if (p == null) {
                v.add(new FieldViolation(f, "资金支出计划第 " + (i + 1) + " 行为空"));
                continue;
            }
            if (p.month() < 1 || p.month() > 12) {
                v.add(new FieldViolation(f + ".month", "资金支出计划的月份应在 1–12 之间"));
            } else if (!months.add(p.month())) {
                v.add(new FieldViolation(f + ".month", "资金支出计划中 " + p.month() + " 月重复"));
            }
            if (p.percent() == null) {
                v.add(new FieldViolation(f + ".percent", "请填写 " + p.month() + " 月累计支出比例"));
            } else if (p.percent().signum() < 0 || p.percent().compareTo(BigDecimal.valueOf(100)) > 0
                    || p.percent().stripTrailingZeros().scale() > 2) {
                v.add(new FieldViolation(f + ".percent", p.month() + " 月累计支出比例应为 0–100 之间、最多两位小数"));
            }
        }
        for (int i = 0; i < t.getTasks().size(); i++) {
            AnnualTask task = t.getTasks().get(i);
            String f = "tasks[" + i + "]";
            if (task == null || task.getName() == null || task.getName().isBlank()) {
                v.add(new FieldViolation(f + ".name", "第 " + (i + 1) + " 项年度主要任务缺少名称"));
                continue;
            }
            length(v, f + ".name", "任务名称", task.getName(), Limits.NAME);
            length(v, f + ".content", "主要内容", task.getContent(), Limits.TASK_CONTENT);
            amount(v, f + ".fiscalAmount", "任务「" + task.getName() + "」财政拨款", task.getFiscalAmount());
            amount(v, f + ".otherAmount", "任务「" + task.getName() + "」其他资金", task.getOtherAmount());
        }
        for (int i = 0; i < t.getIndicators().size(); i++) {
            Indicator ind = t.getIndicators().get(i);
            String f = "indicators[" + i + "]";
            if (ind == null) {
                v.add(new FieldViolation(f, "第 " + (i + 1) + " 个指标为空"));
                continue;
            }
            String label = "指标「" + (ind.getName() == null ? "第 " + (i + 1) + " 个" : ind.getName()) + "」";
            length(v, f + ".level1", label + "一级指标", ind.getLevel1(), Limits.LEVEL1);
            length(v, f + ".level2", label + "二级指标", ind.getLevel2(), Limits.LEVEL2);
            length(v, f + ".name", "三级指标名称", ind.getName(), Limits.NAME);
            length(v, f + ".description", label + "指标描述", ind.getDescription(), Limits.INDICATOR_DESCRIPTION);
            length(v, f + ".valueText", label + "指标值", ind.getValueText(), Limits.VALUE_TEXT);
            length(v, f + ".basis", label + "指标值确定依据", ind.getBasis(), Limits.BASIS);
            length(v, f + ".standard", label + "绩效标准", ind.getStandard(), Limits.STANDARD);
            length(v, f + ".scoringRule", label + "评分标准", ind.getScoringRule(), Limits.SCORING_RULE);
            Limits.number(v, f + ".weight", label + "分值", ind.getWeight(), Limits.WEIGHT);
            if (ind.getValueText() != null && ind.getValueText().length() <= Limits.VALUE_TEXT) {
                IndicatorValue parsed = IndicatorValueParser.parse(ind.getValueText());
                Limits.number(v, f + ".valueText", label + "指标值的数字", parsed.value(), Limits.VALUE);
                if (parsed.unit() != null && parsed.unit().length() > 32) {
                    v.add(new FieldViolation(f + ".valueText", label + "计量单位过长"));
                }
            }
        }
        return v;
    }

    /**
     * 目标调整 changes what the target says, never which target it is: the fiscal year, kind and unit stay those of
     * the approved version it adjusts (else approving it would move the project, and its round reports, to another
     * year or unit). A value sent that differs is refused on its field rather than silently ignored, so an API
     * client learns its document was wrong; the editor shows these fields read-only for an adjustment.
     */
    public static List<FieldViolation> adjustment(PerformanceTarget current, PerformanceTarget changes) {
        List<FieldViolation> v = new ArrayList<>();
        if (!current.isAdjustment()) {
            return v;
        }
        if (changes.getFiscalYear() != current.getFiscalYear()) {
            v.add(new FieldViolation("fiscalYear", "目标调整不能改变预算年度（原目标为 " + current.getFiscalYear() + " 年）"));
        }
        if (changes.getKind() != null && changes.getKind() != current.getKind()) {
            v.add(new FieldViolation("kind", "目标调整不能改变目标类型（原目标为" + (current.getKind() == TargetKind.DEPARTMENT
                    ? "部门整体绩效目标" : "项目绩效目标") + "）"));
        }
        if (changes.getUnitCode() != null && !changes.getUnitCode().equals(current.getUnitCode())) {
            v.add(new FieldViolation("unitCode", "目标调整不能改变填报单位（原单位编码 " + current.getUnitCode() + "）"));
        }
        return v;
    }

    private static void length(List<FieldViolation> v, String field, String label, String value, int max) {
        Limits.text(v, field, label, value, max);
    }

    private static void amount(List<FieldViolation> v, String field, String label, BigDecimal value) {
        Limits.number(v, field, label, value, Limits.MONEY);
    }
}
