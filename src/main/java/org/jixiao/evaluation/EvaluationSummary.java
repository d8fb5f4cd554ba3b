package org.jixiao.evaluation;

import java.util.List;
import org.jixiao.evaluation.internal.EvaluationListEntry;
import org.jixiao.evaluation.internal.OrgAverage;

/**
 * A round's summary (自评汇总): progress, the grade distribution with the results application per grade, average
 * final totals by department (or, for a department or unit, by unit), the lowest totals and what is not yet
 * submitted. Grades, averages and lowest totals count submitted self-evaluations (handed in and not sent back),
 * with the final (reviewed where finance re-scored) total and grade.
 *
 * @param byUnit               averages are by unit (caller below finance) rather than by department
 * @param notSubmittedCount    all still with the unit; {@code notSubmitted} lists at most {@link EvaluationSummaryService#LIST_LIMIT}
 */
public record EvaluationSummary(EvaluationRoundSummary round, List<Application> results, boolean byUnit,
                                List<OrgAverage> averages, List<EvaluationListEntry> lowest,
                                int notSubmittedCount, List<EvaluationListEntry> notSubmitted) {

    /** A grade: submitted and approved counts and the configured recommendation for it. */
    public record Application(String grade, int submitted, int approved, String recommendation, String label) {
    }
}
