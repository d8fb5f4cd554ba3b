package org.jixiao.targets.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.jixiao.common.FieldViolation;
import org.jixiao.targets.AnnualTask;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.SpendingPlanPoint;
import org.jixiao.targets.TargetDraftValidator;
import org.jixiao.targets.TargetKind;
import org.jixiao.targets.sheet.SheetLabels.Key;

/**
 * Reads one sheet in the official layout into a draft target, naming every problem by cell. Labels are found
 * wherever they sit and their value is the next filled cell to the right, so the seeds' tables read as they are:
 * 预算规模及资金用途 merged over two rows with the 资金用途 text in the second, 资金支出计划 months over their
 * percentages, 450001乐亭县应急管理局本级 above the table, the department table's 任务名称 block with its 合计 row and a
 * merged 年度主要任务 column. A table carrying 任务名称 or 部门（单位）名称 is a 部门整体 target, else a project.
 */
final class TargetSheetReader {

    record Read(String sheet, PerformanceTarget target, List<CellError> errors, List<CellError> warnings) {
    }

    private final SheetGrid g;
    private final PerformanceTarget t = new PerformanceTarget();
    private final List<CellError> errors = new ArrayList<>();
    private final Map<String, String> cells = new HashMap<>();
    private BigDecimal total;
    private String totalCell;
    private boolean sumLeftBlank;

    private TargetSheetReader(SheetGrid g) {
        this.g = g;
    }

    /** {@code defaultYear} is used when the sheet does not say its year (seed 001's tables do not). */
    static Read read(SheetGrid g, Integer defaultYear) {
        return new TargetSheetReader(g).read(defaultYear);
    }

    private Read read(Integer defaultYear) {
        int header = IndicatorTable.headerRow(g);
        if (header < 0) {
            return new Read(g.name(), t, List.of(new CellError(null, "indicators",
                    "未找到指标表头（一级指标、二级指标、三级指标、指标值）")), List.of());
        }
        int taskHeader = -1;
        boolean department = false;
        for (int r = 0; r < header; r++) {
            for (int c = 0; c < g.columns(); c++) {
                Key key = SheetLabels.head(g.label(r, c));
                department |= key == Key.TASK_NAME || key == Key.DEPARTMENT_NAME;
                String text = g.text(r, c);
                department |= text != null && text.contains("整体支出");
                if (key == Key.TASK_NAME && taskHeader < 0) {
                    taskHeader = r;
                }
            }
        }
        t.setKind(department ? TargetKind.DEPARTMENT : TargetKind.PROJECT);
        Integer year = null;
        String title = null;
        Key rowLabel = null;
        boolean inTasks = false;
        for (int r = 0; r < header; r++) {
            inTasks = r == taskHeader || inTasks && !hasGoalsLabel(r);
            if (inTasks && r > taskHeader) {
                task(r);
                continue;
            }
            Key first = firstLabel(r);
            if (first != null) {
                rowLabel = first;
            } else if (g.text(r, 0) == null && rowLabel == Key.FUND_USE_BLOCK && t.getFundUse() == null) {
                t.setFundUse(firstText(r, "fundUse"));
                continue;
            }
            for (int c = 0; c < g.columns(); c++) {
                String text = g.text(r, c);
                Key key = SheetLabels.head(g.label(r, c));
                if (key != null) {
                    year = label(key, r, c, year);
                } else if (text != null && SheetLabels.MONTH.matcher(g.label(r, c)).matches()) {
                    planPoint(r, c);
                } else if (text != null && first == null && rowLabel == null) {
                    Matcher y = SheetLabels.YEAR.matcher(text);
                    if (year == null && text.length() <= 40 && y.find()) {
                        year = Integer.parseInt(y.group(1));
                    }
                    if (title == null && text.endsWith("绩效目标表")) {
                        title = text.replaceFirst("^\\d+\\s*[.、．]\\s*", "").replaceFirst("绩效目标表$", "");
                    }
                    Matcher unit = SheetLabels.CODE_AND_UNIT.matcher(text);
                    if (unit.matches() && t.getUnitCode() == null) {
                        t.setUnitCode(unit.group(1));
                        t.setUnitName(unit.group(2).strip());
                        cells.put("unitCode", SheetGrid.ref(r, c));
                    }
                }
            }
        }
        if (t.getName() == null && title != null && !title.isBlank() && t.getKind() == TargetKind.PROJECT
                && !SheetLabels.PROJECT_TITLE.startsWith(title)) {
            t.setName(title.strip());
        }
        year = year != null ? year : defaultYear;
        if (year == null) {
            errors.add(new CellError(null, "fiscalYear", "未找到预算年度：请在表中填写「预算年度」，或导入时选择年度"));
        } else {
            t.setFiscalYear(year);
        }
        funds();
        IndicatorTable.Result indicators = IndicatorTable.read(g, header);
        t.setIndicators(new ArrayList<>(indicators.indicators()));
        errors.addAll(indicators.errors());
        cells.putAll(indicators.cells());
        validate();
        return new Read(g.name(), t, errors, indicators.warnings());
    }

    /** Applies one label; returns the year (which only 预算年度 changes). */
    private Integer label(Key key, int r, int c, Integer year) {
        int vc = valueColumn(r, c);
        String value = vc < 0 ? null : g.text(r, vc);
        String ref = vc < 0 ? SheetGrid.ref(r, c) : SheetGrid.ref(r, vc);
        switch (key) {
            case YEAR -> {
                Matcher y = value == null ? null : java.util.regex.Pattern.compile("^(\\d{4})").matcher(value);
                if (y != null && y.find()) {
                    return Integer.parseInt(y.group(1));
                }
                if (value != null) {
                    errors.add(new CellError(ref, "fiscalYear", "预算年度「" + Numbers.quote(value) + "」不是年份"));
                }
            }
            case UNIT_CODE -> set(value, ref, "unitCode", t::setUnitCode);
            case UNIT_NAME -> set(value, ref, "unitName", t::setUnitName);
            case DEPARTMENT_NAME, PROJECT_NAME -> set(value, ref, "name", t::setName);
            case PROJECT_CODE -> set(value, ref, "projectCode", t::setProjectCode);
            case ATTRIBUTE -> set(value, ref, "projectAttribute", t::setProjectAttribute);
            case PERIOD -> set(value, ref, "implementationPeriod", t::setImplementationPeriod);
            case FUND_USE -> set(value, ref, "fundUse", t::setFundUse);
            case GOALS -> set(value, ref, "goals", t::setGoals);
            case PERIOD_GOALS -> set(value, ref, "periodGoals", t::setPeriodGoals);
            case TOTAL -> {
                total = money(r, vc, "预算数", "fiscalFunds");
                totalCell = ref;
            }
            case FISCAL -> t.setFiscalFunds(money(r, vc, "财政资金", "fiscalFunds"));
            case OTHER -> t.setOtherFunds(money(r, vc, "其他资金", "otherFunds"));
            default -> {
            }
        }
        return year;
    }

    private void set(String value, String ref, String field, java.util.function.Consumer<String> setter) {
        if (value != null) {
            setter.accept(value);
            cells.put(field, ref);
        }
    }

    /** The next filled cell right of a label, unless another label comes first; -1 if none. */
    private int valueColumn(int r, int c) {
        for (int cc = c + 1; cc < g.columns(); cc++) {
            String label = g.label(r, cc);
            if (label == null) {
                continue;
            }
            if (SheetLabels.HEAD.containsKey(label) || SheetLabels.MONTH.matcher(label).matches()) {
                return -1;
            }
            return cc;
        }
        return -1;
    }

    private BigDecimal money(int r, int c, String label, String field) {
        if (c < 0) {
            return null;
        }
        BigDecimal value = g.number(r, c) != null ? g.number(r, c) : Numbers.parse(g.text(r, c));
        if (value == null) {
            errors.add(new CellError(SheetGrid.ref(r, c), field, label + "「" + Numbers.quote(g.text(r, c))
                    + "」不是金额（万元）"));
            return null;
        }
        cells.put(field, SheetGrid.ref(r, c));
        return Numbers.money(value);
    }

    /** A month heading (3月底); its percentage sits in the same column of the next row. */
    private void planPoint(int r, int c) {
        Matcher m = SheetLabels.MONTH.matcher(g.label(r, c));
        if (!m.matches()) {
            return;
        }
        int month = Integer.parseInt(m.group(1));
        String text = g.text(r + 1, c);
        if (text == null) {
            return;
        }
        BigDecimal percent = Numbers.percent(text);
        int i = t.getSpendingPlan().size();
        if (percent == null) {
            errors.add(new CellError(SheetGrid.ref(r + 1, c), "spendingPlan[" + i + "].percent",
                    month + " 月累计支出比例「" + Numbers.quote(text) + "」不是百分比"));
            return;
        }
        cells.put("spendingPlan[" + i + "].percent", SheetGrid.ref(r + 1, c));
        cells.put("spendingPlan[" + i + "].month", SheetGrid.ref(r, c));
        t.getSpendingPlan().add(new SpendingPlanPoint(month, percent));
    }

    /** A row of the 任务名称 block: name, content, then 总额 财政拨款 其他资金; 合计 gives the target's funds. */
    private void task(int r) {
        List<String> texts = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        List<Integer> amountColumns = new ArrayList<>();
        for (int c = 0; c < g.columns(); c++) {
            String text = g.text(r, c);
            if (text == null || SheetLabels.SECTION.matcher(g.label(r, c)).matches()) {
                continue;
            }
            BigDecimal n = g.number(r, c) != null ? g.number(r, c) : Numbers.parse(text);
            if (n != null && !texts.isEmpty()) {
                amounts.add(n);
                amountColumns.add(c);
            } else if (amounts.isEmpty()) {
                texts.add(text);
            }
        }
        if (texts.isEmpty() || "总额".equals(SheetGrid.normalizeLabel(texts.get(0)))) {
            return; // blank, or the 总额 财政拨款 其他资金 sub-header
        }
        boolean sum = "合计".equals(SheetGrid.normalizeLabel(texts.get(0)));
        int i = t.getTasks().size();
        String field = sum ? "fiscalFunds" : "tasks[" + i + "]";
        if (sum && amounts.isEmpty()) {
            sumLeftBlank = true; // a blank 合计 (as in the template) is the sum of the tasks
            return;
        }
        if (amounts.size() < 2) {
            errors.add(new CellError(SheetGrid.ref(r, 0), field,
                    (sum ? "合计" : "任务「" + Numbers.quote(texts.get(0)) + "」") + "缺少预算金额（总额、财政拨款、其他资金）"));
            return;
        }
        int n = amounts.size();
        BigDecimal fiscal = Numbers.money(amounts.get(n - 2));
        BigDecimal other = Numbers.money(amounts.get(n - 1));
        if (n >= 3 && amounts.get(n - 3).compareTo(fiscal.add(other)) != 0) {
            errors.add(new CellError(SheetGrid.ref(r, amountColumns.get(n - 3)), field, "总额 "
                    + amounts.get(n - 3).toPlainString() + " 不等于财政拨款与其他资金之和 " + fiscal.add(other)));
        }
        if (sum) {
            t.setFiscalFunds(fiscal);
            t.setOtherFunds(other);
            cells.put("fiscalFunds", SheetGrid.ref(r, amountColumns.get(n - 2)));
            cells.put("otherFunds", SheetGrid.ref(r, amountColumns.get(n - 1)));
            return;
        }
        String name = texts.get(0);
        String content = texts.size() > 1 ? String.join("\n", texts.subList(1, texts.size())) : null;
        cells.put("tasks[" + i + "]", SheetGrid.ref(r, 0));
        t.getTasks().add(new AnnualTask(name, content, fiscal, other));
    }

    /** 预算数 must be 财政资金 + 其他资金; a missing 财政资金 is what is left of the 预算数. */
    private void funds() {
        if (sumLeftBlank && t.getFiscalFunds() == null) {
            t.setFiscalFunds(t.getTasks().stream().map(AnnualTask::getFiscalAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
            t.setOtherFunds(t.getTasks().stream().map(AnnualTask::getOtherAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        if (total == null) {
            return;
        }
        BigDecimal other = t.getOtherFunds() == null ? BigDecimal.ZERO : t.getOtherFunds();
        if (t.getFiscalFunds() == null) {
            t.setFiscalFunds(total.subtract(other));
        } else if (total.compareTo(t.getFiscalFunds().add(other)) != 0) {
            errors.add(new CellError(totalCell, "fiscalFunds", "预算数 " + total.toPlainString()
                    + " 不等于财政资金与其他资金之和 " + t.getFiscalFunds().add(other).toPlainString()));
        }
    }

    private boolean hasGoalsLabel(int r) {
        for (int c = 0; c < g.columns(); c++) {
            if (SheetLabels.head(g.label(r, c)) == Key.GOALS) {
                return true;
            }
        }
        return false;
    }

    private Key firstLabel(int r) {
        for (int c = 0; c < g.columns(); c++) {
            if (g.text(r, c) != null) {
                return SheetLabels.head(g.label(r, c));
            }
        }
        return null;
    }

    private String firstText(int r, String field) {
        for (int c = 0; c < g.columns(); c++) {
            if (g.text(r, c) != null) {
                cells.put(field, SheetGrid.ref(r, c));
                return g.text(r, c);
            }
        }
        return null;
    }

    /** What a draft must satisfy to be stored, each problem on the cell it came from. */
    private void validate() {
        if (t.getName() == null) {
            errors.add(new CellError(null, "name", t.getKind() == TargetKind.PROJECT
                    ? "未找到项目名称（「项目名称」右侧的单元格）" : "未找到部门（单位）名称"));
        }
        for (FieldViolation v : TargetDraftValidator.validate(t)) {
            if ("name".equals(v.field()) && t.getName() == null || "fiscalYear".equals(v.field())) {
                continue; // already said above, in the sheet's words
            }
            if (errors.stream().anyMatch(e -> v.field().equals(e.field()))) {
                continue;
            }
            errors.add(new CellError(cellOf(v.field()), v.field(), v.message()));
        }
    }

    /** The cell a field came from: the field itself, else its nearest parent (indicators[2].x → indicators[2]). */
    private String cellOf(String field) {
        String f = field;
        while (f != null) {
            if (cells.containsKey(f)) {
                return cells.get(f);
            }
            int cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
            f = cut > 0 ? f.substring(0, cut) : null;
        }
        return null;
    }
}
