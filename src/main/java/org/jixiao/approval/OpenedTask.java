package org.jixiao.approval;

import java.time.Instant;

/**
 * A user task the engine has just created, as the inbox keeps it; {@code businessKey} is the subject's id.
 * {@code unitId} and {@code departmentId} are the process's own variables (the groups it offers tasks to).
 */
public record OpenedTask(String processKey, String taskId, String taskKey, String taskName, String candidateGroup,
                         String instanceId, String businessKey, Long unitId, Long departmentId, Instant createdAt) {
}
