package org.jixiao.targets.sheet;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The labels of the official 项目支出绩效目标表 and 部门（单位）整体支出绩效目标表, in the wordings the seeds and
 * neighbouring regions use, compared after {@link SheetGrid#normalizeLabel}. The writer uses the first wording of each.
 */
final class SheetLabels {
    enum Key {
        YEAR, UNIT_CODE, UNIT_NAME, DEPARTMENT_NAME, PROJECT_CODE, PROJECT_NAME, ATTRIBUTE, PERIOD, TOTAL, FISCAL,
        OTHER, FUND_USE, FUND_USE_BLOCK, PLAN, GOALS, PERIOD_GOALS, TASK_NAME, TASKS_TOTAL
    }

    static final String PROJECT_TITLE = "项目支出绩效目标表";
    static final String DEPARTMENT_TITLE = "部门（单位）整体支出绩效目标表";

    static final Map<String, Key> HEAD = Map.ofEntries(
            Map.entry("预算年度", Key.YEAR), Map.entry("年度", Key.YEAR),
            Map.entry("单位编码", Key.UNIT_CODE), Map.entry("单位代码", Key.UNIT_CODE),
            Map.entry("单位名称", Key.UNIT_NAME), Map.entry("主管部门及代码", Key.UNIT_NAME),
            Map.entry("部门（单位）名称", Key.DEPARTMENT_NAME), Map.entry("部门名称", Key.DEPARTMENT_NAME),
            Map.entry("项目编码", Key.PROJECT_CODE), Map.entry("项目代码", Key.PROJECT_CODE),
            Map.entry("项目名称", Key.PROJECT_NAME),
            Map.entry("项目属性", Key.ATTRIBUTE), Map.entry("实施期", Key.PERIOD), Map.entry("项目期", Key.PERIOD),
            Map.entry("预算数", Key.TOTAL), Map.entry("年度预算数", Key.TOTAL), Map.entry("资金总额", Key.TOTAL),
            Map.entry("其中财政资金", Key.FISCAL), Map.entry("财政资金", Key.FISCAL), Map.entry("其中财政拨款", Key.FISCAL),
            Map.entry("其他资金", Key.OTHER),
            Map.entry("资金用途", Key.FUND_USE),
            Map.entry("预算规模及资金用途", Key.FUND_USE_BLOCK),
            Map.entry("资金支出计划（%）", Key.PLAN), Map.entry("资金支出计划", Key.PLAN),
            Map.entry("绩效目标", Key.GOALS), Map.entry("年度绩效目标", Key.GOALS), Map.entry("年度总目标", Key.GOALS),
            Map.entry("年度总体目标", Key.GOALS), Map.entry("总体目标", Key.GOALS),
            Map.entry("实施期目标", Key.PERIOD_GOALS), Map.entry("实施期绩效目标", Key.PERIOD_GOALS),
            Map.entry("任务名称", Key.TASK_NAME), Map.entry("合计", Key.TASKS_TOTAL));

    static final Map<String, IndicatorRows.Column> COLUMNS = Map.ofEntries(
            Map.entry("一级指标", IndicatorRows.Column.LEVEL1), Map.entry("二级指标", IndicatorRows.Column.LEVEL2),
            Map.entry("三级指标", IndicatorRows.Column.NAME),
            Map.entry("绩效指标描述", IndicatorRows.Column.DESCRIPTION), Map.entry("指标描述", IndicatorRows.Column.DESCRIPTION),
            Map.entry("指标解释", IndicatorRows.Column.DESCRIPTION),
            Map.entry("指标值", IndicatorRows.Column.VALUE), Map.entry("年度指标值", IndicatorRows.Column.VALUE),
            Map.entry("目标值", IndicatorRows.Column.VALUE),
            Map.entry("分值", IndicatorRows.Column.WEIGHT), Map.entry("权重", IndicatorRows.Column.WEIGHT),
            Map.entry("指标分值", IndicatorRows.Column.WEIGHT), Map.entry("权重分", IndicatorRows.Column.WEIGHT),
            Map.entry("指标值确定依据", IndicatorRows.Column.BASIS), Map.entry("指标值设定依据", IndicatorRows.Column.BASIS),
            Map.entry("确定依据", IndicatorRows.Column.BASIS), Map.entry("依据", IndicatorRows.Column.BASIS),
            Map.entry("绩效标准", IndicatorRows.Column.STANDARD), Map.entry("评分标准", IndicatorRows.Column.SCORING_RULE));

    /** Section labels in a vertical merged first column, never data: 年度主要任务, 年度重点任务, 年度绩效指标. */
    static final Pattern SECTION = Pattern.compile("^年度(主要|重点)任务$|^年度绩效指标$");
    /** 3月底, 6月末, 12月. */
    static final Pattern MONTH = Pattern.compile("^(\\d{1,2})月(底|末)?$");
    /** （2021年）, 2024年度, a title such as 2024年度项目支出绩效目标表. */
    static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    /** 450001乐亭县应急管理局本级: the unit's code and name above seed 001's tables. */
    static final Pattern CODE_AND_UNIT = Pattern.compile("^(\\d{6})\\s*(\\p{IsHan}.*)$");

    private SheetLabels() {
    }

    /** The head label a normalized cell text is, or null (also for a blank cell). */
    static Key head(String label) {
        return label == null ? null : HEAD.get(label);
    }

    static IndicatorRows.Column column(String label) {
        return label == null ? null : COLUMNS.get(label);
    }
}
