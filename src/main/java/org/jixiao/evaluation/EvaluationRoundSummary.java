package org.jixiao.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * An evaluation round with its progress, counted from the self-evaluation rows: created, submitted, approved,
 * overdue (still with the unit after the due date) and the grades so far (the reviewed grade where finance
 * re-scored, else the self-assessed one).
 */
public record EvaluationRoundSummary(Long id, int fiscalYear, LocalDate dueDate, boolean allDepartments,
                                     List<Long> departmentIds, EvaluationRoundStatus status, int total, int created,
                                     int submitted, int approved, int overdue, Grades grades) {

    public record Grades(int excellent, int good, int fair, int poor) {
    }
}
