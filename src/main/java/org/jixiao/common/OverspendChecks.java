package org.jixiao.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sense check on spending (issue 12 §5): an 执行数 above its 预算数 — an execution rate above 100% — is
 * possible (a late 追加 not yet in the budget figure) but is far more often a typing mistake (500 for 50, or 元 for
 * 万元). It is never refused outright; it needs a 说明 saying why, kept with the figures. A budget that is missing
 * or not positive counts as 0, so any positive 执行数 against it needs the note too. Pure, shared by the monitoring
 * report and the self-evaluation, where the same figures appear.
 */
public final class OverspendChecks {
    /** Longest 说明, as the column (VARCHAR 2000). */
    public static final int NOTE_LIMIT = Limits.OPINION;

    private OverspendChecks() {
    }

    /** Whether {@code executed} is above {@code budget} (null or ≤ 0 budget counts as 0); false without 执行数. */
    public static boolean overspent(BigDecimal budget, BigDecimal executed) {
        if (executed == null) {
            return false;
        }
        BigDecimal limit = budget == null || budget.signum() < 0 ? BigDecimal.ZERO : budget;
        return executed.compareTo(limit) > 0;
    }

    /**
     * What is unusual, in words, e.g. {@code 执行数 500.00 万元超过预算数 120.00 万元（执行率 416.67%）}; the rate is
     * left out when there is no positive budget to divide by.
     */
    public static String describe(String executedLabel, String budgetLabel, BigDecimal budget, BigDecimal executed) {
        BigDecimal shownBudget = budget == null ? BigDecimal.ZERO : budget;
        String text = executedLabel + " " + money(executed) + " 万元超过" + budgetLabel + " " + money(shownBudget) + " 万元";
        if (shownBudget.signum() > 0) {
            BigDecimal rate = executed.multiply(BigDecimal.valueOf(100)).divide(shownBudget, 2, RoundingMode.HALF_UP);
            text += "（执行率 " + String.format(Locale.ROOT, "%,.2f", rate) + "%）";
        }
        return text;
    }

    /**
     * The violations on {@code noteField}: a missing 说明 where the figures are overspent, and a 说明 longer than
     * {@link #NOTE_LIMIT} in any case. Figures that are not overspent need no note (one given is kept).
     */
    public static List<FieldViolation> check(String noteField, String executedLabel, String budgetLabel,
                                             BigDecimal budget, BigDecimal executed, String note) {
        List<FieldViolation> v = new ArrayList<>();
        if (note != null && note.length() > NOTE_LIMIT) {
            v.add(new FieldViolation(noteField, "说明不能超过 " + NOTE_LIMIT + " 个字"));
        } else if (overspent(budget, executed) && (note == null || note.isBlank())) {
            v.add(new FieldViolation(noteField, describe(executedLabel, budgetLabel, budget, executed)
                    + "，请核对；确认无误请在“说明”中写明原因"));
        }
        return v;
    }

    private static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }
}
