package org.jixiao.approval;

import java.time.LocalDate;
import java.util.List;

/**
 * Published (as a Spring event, inside the transaction that claimed it) when the daily sweep sends a step's deadline
 * notice, once per task and kind ({@link StepDeadlines}); notify tells {@code recipients} (usernames) after commit.
 */
public record StepDeadlineNoticed(Kind kind, String taskId, String stepName, String subjectType, Long subjectId,
                                  LocalDate dueOn, List<String> recipients) {

    /** REMINDED: due tomorrow or today; OVERDUE: past it; ESCALATED: the level above is told. */
    public enum Kind { REMINDED, OVERDUE, ESCALATED }
}
