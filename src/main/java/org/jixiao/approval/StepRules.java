package org.jixiao.approval;

import java.util.List;
import java.util.Optional;
import org.jixiao.approval.chain.AddedSigner;

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

    /** Whether the task is an added signer's review (加签), which is assigned to the signer when it opens. */
    boolean signerTask(String taskId);

    /**
     * Where the open task stands in its captured chain, for 退回到指定环节 and 加签 (issue 13 §3); empty when it is no
     * step of a configurable chain, or its process was started on a definition without these tools.
     */
    Optional<Place> place(String taskId);

    /** The signer added after the open step (加签), who reviews once the step approves; empty for none. */
    Optional<AddedSigner> waitingAfter(String taskId);

    /**
     * An open task's place: the run and step index, the steps passed before it (where it may be returned to), the
     * run's option after such a return (RERUN or TO_RETURNER), whether the task is an added signer's review or a
     * signer waits after it, whether the step may return, the candidate groups of the run's steps, and the
     * subject's unit, department and finance bureau as the process holds them.
     */
    record Place(Long runId, int index, List<UpcomingStep> passed, String afterReturn, boolean signerTask,
                 boolean signerWaiting, boolean mayReturn, List<String> groups, Long unitId, Long departmentId,
                 Long financeBureauId) {
    }

    /**
     * A step still to come: its key and name, and the level of its reviewer (UNIT/DEPARTMENT/FINANCE/DESK; null for
     * an added signer's review, key {@code signer}).
     */
    record UpcomingStep(String key, String name, String level) {
    }
}
