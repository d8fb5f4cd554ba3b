package org.jixiao.approval;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jixiao.org.CurrentUser;

/**
 * Implemented by each feature whose things go through a review chain (targets now; monitoring
 * reports and self-evaluations later). Keeps this package free of knowledge about those features.
 */
public interface ReviewSubjects {

    /** Stable type name stored in the audit trail, e.g. {@code TARGET}. */
    String subjectType();

    /** The BPMN process that reviews this kind of subject. */
    String processKey();

    /**
     * Where the UI works on a task on this kind of subject, e.g. {@code targets/review/<taskId>}, or the subject's own
     * screen (which offers the task's decisions) for a report. A direct location, not a redirect: a forward during
     * navigation enters the target view twice under Vaadin's React router, rebuilding it under the user's typing.
     */
    String reviewLocation(String taskId, Long subjectId);

    /** Names, statuses and units of the given subjects, for inboxes; unknown ids are left out. */
    Map<Long, SubjectSummary> describe(Collection<Long> ids);

    /**
     * The decisions a reviewer may take on a task of this process through the generic task API. A task whose
     * work is a form (e.g. filling a report) offers none: its feature completes it after validating the form.
     */
    default Set<ReviewDecision> decisionsAt(String taskDefinitionKey) {
        return EnumSet.of(ReviewDecision.APPROVE, ReviewDecision.RETURN);
    }

    /**
     * {@link #decisionsAt(String)} knowing the subject's status too: the review loop's one task stands for every step
     * of the chain, and the status (which follows the step's level) tells e.g. a finance step, where a report may be
     * sent to 整改.
     */
    default Set<ReviewDecision> decisionsAt(String taskDefinitionKey, String subjectStatus) {
        return decisionsAt(taskDefinitionKey);
    }

    /**
     * Whether a step of its configured chain may reject the subject for good (否决, e.g. a review sheet graded 差);
     * false for subjects a unit owes every round (a report, a self-evaluation), whose loop has no such end.
     */
    default boolean rejectable() {
        return false;
    }

    /**
     * Claims the subject for a reviewer's decision taken while it has {@code status}: a conditional update of its
     * row (bump the version where the status is still this one) in the caller's transaction, before the engine is
     * called. Of concurrent decisions exactly one gets true; the others wait for its row lock and get false.
     */
    boolean claim(Long id, String status);

    /**
     * Moves the subject to the status a step of its process stands for (a status name of the feature's own enum),
     * in the engine's transaction; called by the processes' one status listener. A final status is never left: the
     * update refuses it with a 409, which rolls the engine's step back.
     */
    void moveTo(Long id, String status);

    /**
     * Why a task at this step needs something per item and so cannot be approved in a batch with one shared
     * opinion (a grading to check, a rectification to decide); null when it can. Form tasks are refused anyway.
     */
    default String batchRefusal(String taskDefinitionKey, Long subjectId) {
        return null;
    }

    /**
     * {@link #batchRefusal} for many subjects at one step, for a batch: subject id → reason, for the refused only.
     * A feature whose check reads the database overrides this to read them together.
     */
    default Map<Long, String> batchRefusals(String taskDefinitionKey, Collection<Long> subjectIds) {
        Map<Long, String> refused = new java.util.HashMap<>();
        for (Long id : subjectIds) {
            String reason = batchRefusal(taskDefinitionKey, id);
            if (reason != null) {
                refused.put(id, reason);
            }
        }
        return refused;
    }

    /** Where the inbox reads this kind of subject (issue 12 §2). */
    InboxSource inboxSource();

    /** Whether the user's data scope includes the subject (out of scope is reported as not found). */
    boolean visibleTo(CurrentUser user, Long id);

    /**
     * Of the subjects, those {@link #visibleTo} the user; a feature overrides this to read them and the user's scope
     * once for a whole batch instead of once per subject.
     */
    default Set<Long> visibleAmong(CurrentUser user, Collection<Long> ids) {
        Set<Long> visible = new java.util.HashSet<>();
        for (Long id : ids) {
            if (visibleTo(user, id)) {
                visible.add(id);
            }
        }
        return visible;
    }
}
