package org.jixiao.rounds;

import java.time.LocalDate;
import java.util.List;
import org.jixiao.common.FieldViolation;

/**
 * The rules every kind of round checks before it opens (issue 9 §4), pure so they are table-tested: the due date is
 * today or later (the bureau's today) and falls in the fiscal year or the year after; a scope without any approved
 * target is refused rather than opened as 0/0.
 */
public final class RoundOpenRules {
    private RoundOpenRules() {
    }

    /** Adds a violation on {@code dueDate} when it is before {@code today} or outside fiscalYear..fiscalYear+1. */
    public static void dueDate(Integer fiscalYear, LocalDate dueDate, LocalDate today, List<FieldViolation> violations) {
        if (dueDate == null) {
            return; // "required" is the caller's message, worded per kind
        }
        if (dueDate.isBefore(today)) {
            violations.add(new FieldViolation("dueDate", "截止日期 " + dueDate + " 早于今天（" + today + "），请选择今天或以后的日期"));
        } else if (fiscalYear != null && (dueDate.getYear() < fiscalYear || dueDate.getYear() > fiscalYear + 1)) {
            violations.add(new FieldViolation("dueDate",
                    "截止日期须在预算年度或其次年内（" + fiscalYear + "–" + (fiscalYear + 1) + " 年）"));
        }
    }

    /**
     * The violation for a scope without any approved target of the year: on {@code departmentIds} when departments
     * were chosen, else on {@code fiscalYear}; null when there are targets.
     */
    public static FieldViolation emptyScope(int fiscalYear, boolean departmentsChosen, int approvedTargets) {
        if (approvedTargets > 0) {
            return null;
        }
        return departmentsChosen
                ? new FieldViolation("departmentIds", "所选主管部门没有 " + fiscalYear + " 年度已批复的绩效目标，无需发起")
                : new FieldViolation("fiscalYear", fiscalYear + " 年度没有已批复的绩效目标，无需发起");
    }
}
