package org.jixiao.approval;

import java.time.Instant;
import java.util.Set;

/**
 * An open review task as the inbox shows it; {@code reviewLocation} is where the UI works on it, {@code taskKey} the
 * BPMN task id (which step it is), {@code decisions} what the generic task API may do with it.
 */
public record ReviewTask(String id, String name, String subjectType, Long subjectId, String subjectName,
                         String subjectStatus, String unitName, Instant created, String reviewLocation, String taskKey,
                         Set<ReviewDecision> decisions) {
}
