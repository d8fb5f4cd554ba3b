package org.jixiao.approval;

import java.util.List;

/**
 * Published (as a Spring event, inside the recording transaction) for every line written to the audit trail, so
 * other features can follow the review without the approval package knowing them (notify listens after commit).
 * {@code subjectIds} holds one id, or many for the system's bulk events (到期提醒, 逾期). {@code counterpart} is the
 * other party of a handover (转办, 委派, 交回: the delegator a task is handed back to), else null.
 */
public record ReviewRecorded(String subjectType, List<Long> subjectIds, String step, ReviewAction action,
                             String actorUsername, String actorName, String opinion, String taskId,
                             String counterpart) {
}
