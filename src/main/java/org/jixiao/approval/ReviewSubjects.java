package org.jixiao.approval;

import java.util.Collection;
import java.util.Map;
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

    /** UI route of the review screen for a task on this kind of subject, e.g. {@code targets/review}. */
    String reviewRoute();

    /** Names, statuses and units of the given subjects, for inboxes; unknown ids are left out. */
    Map<Long, SubjectSummary> describe(Collection<Long> ids);

    /** Whether the user's data scope includes the subject (out of scope is reported as not found). */
    boolean visibleTo(CurrentUser user, Long id);
}
