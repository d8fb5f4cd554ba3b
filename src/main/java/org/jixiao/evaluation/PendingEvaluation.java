package org.jixiao.evaluation;

import java.time.LocalDate;

/** A self-evaluation the unit still has to fill in or correct after a return, with its round's year and due date. */
public record PendingEvaluation(Long id, Long roundId, int fiscalYear, LocalDate dueDate, String targetName,
                                SelfEvaluationStatus status) {
}
