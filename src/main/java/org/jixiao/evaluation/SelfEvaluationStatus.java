package org.jixiao.evaluation;

import java.util.EnumSet;
import java.util.Set;

/** Where a self-evaluation (绩效自评) stands in its process (processes/self-evaluation.bpmn). */
public enum SelfEvaluationStatus {
    DRAFT, UNIT_REVIEW, DEPT_REVIEW, FINANCE_REVIEW, RETURNED, APPROVED;

    /** Handed in by the unit and not sent back. */
    public static final Set<SelfEvaluationStatus> SUBMITTED = EnumSet.of(UNIT_REVIEW, DEPT_REVIEW, FINANCE_REVIEW, APPROVED);

    /** Still with the unit. */
    public static final Set<SelfEvaluationStatus> WITH_UNIT = EnumSet.of(DRAFT, RETURNED);
}
