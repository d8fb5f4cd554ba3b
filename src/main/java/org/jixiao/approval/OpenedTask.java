package org.jixiao.approval;

import java.time.Instant;

/**
 * A user task the engine has just created, as the inbox keeps it; {@code businessKey} is the subject's id.
 * {@code unitId} and {@code departmentId} are the process's own variables (the groups it offers tasks to).
 * {@code assignee}, {@code owner} and {@code delegation} are who holds it beyond the group as the engine has it (an
 * added signer's review from the start; a transfer or delegation later), all null for a task open to its group.
 * {@code chainRunId} and {@code stepIndex}: where the task stands in a captured chain (null outside one), for its
 * step deadline.
 */
public record OpenedTask(String processKey, String taskId, String taskKey, String taskName, String candidateGroup,
                         String instanceId, String businessKey, Long unitId, Long departmentId, Instant createdAt,
                         String assignee, String owner, String delegation, Long chainRunId, Integer stepIndex) {
}
