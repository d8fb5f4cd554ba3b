package org.jixiao.targets.sheet;

import org.jixiao.common.xlsx.CellError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jixiao.targets.AnnualTask;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.SpendingPlanPoint;

/**
 * The money of one sheet: amounts next to 预算数 / 财政资金 / 其他资金, the 资金支出计划 months, the 部门整体
 * table's 任务名称 block with its 合计 row, and how they must add up. Kept apart from the label scan in
 * {@link TargetSheetReader}, because the layout of the funds block and the layout of the labels change for
 * different reasons (a region's form, the finance rules).
 */
final class FundsReader {
    private final SheetGrid g;
    private final PerformanceTarget t;
    private final SheetCells cells;
    private final List<CellError> errors;
    private BigDecimal total;
    private String totalCell;
    private boolean sumLeftBlank;

    FundsReader(SheetGrid g, PerformanceTarget t, SheetCells cells) {
        this.g = g;
        this.t = t;
        this.cells = cells;
        this.errors = cells.errors();
    }

    /** The 预算数 in cell (r, c), which {@link #reconcile} checks against 财政资金 + 其他资金. */
    void total(int r, int c, String ref) {
        total = money(r, c, "预算数", "fiscalFunds");
        totalCell = ref;
    }

    BigDecimal money(int r, int c, String label, String field) {
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
    void planPoint(int r, int c) {
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
    void task(int r) {
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
    void reconcile() {
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
}
