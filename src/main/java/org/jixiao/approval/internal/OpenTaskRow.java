package org.jixiao.approval.internal;

import java.time.Instant;

/** An open task on one subject, as the inbox read model has it ({@link InboxMapper#openOn}). */
public record OpenTaskRow(String taskId, String taskName, String taskKey, String instanceId, Long subjectId,
                          Instant createdAt) {
}
