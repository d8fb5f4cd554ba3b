package org.jixiao.approval;

import java.util.List;

/**
 * What the captured chain says about an open review task (issue 13 §1): the options of the step it stands for.
 * A task that is no step of a configurable chain (a form to fill, a fixed process's step) has the defaults: no
 * grading, no deadline, return allowed, no opinion required. Asked about a task a concurrent request has just
 * completed, each method throws {@code ConflictException} (409, 该任务已被处理).
 */
public interface StepRules {

    /** Whether approving at this step needs the 88号 review sheet. */
    boolean gradingRequired(String taskId);

    /** The step's deadline in days from the task's creation; null for none. */
    Integer slaDays(String taskId);

    /** Whether an approval at this step needs an opinion (a return always does). */
    boolean opinionRequired(String taskId);

    /** Whether the reviewer at this step may return the subject to its drafter. */
    boolean mayReturn(String taskId);

    /** Whether the task is a step of a configurable review loop (and so may end in REJECT). */
    boolean chainStep(String taskId);

    /** The steps of the subject's running chain still to come after the open one, in order; empty when none. */
    List<UpcomingStep> upcomingSteps(String subjectType, Long subjectId);

    /** A step still to come: its key and name, and the level of its reviewer (UNIT/DEPARTMENT/FINANCE/DESK). */
    record UpcomingStep(String key, String name, String level) {
    }
}
