package org.jixiao.approval;

/**
 * Published (as a Spring event, inside the engine's transaction) when a user task on a review subject opens and the
 * inbox has its row: who it is offered to ({@code candidateGroup}) and at which step; {@code assignee} when one
 * person alone holds it from the start (an added signer's review, 加签), else null.
 */
public record TaskOpened(String taskId, String taskKey, String taskName, String candidateGroup, String subjectType,
                         Long subjectId, String assignee) {
}
