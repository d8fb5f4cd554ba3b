package org.jixiao.approval.internal;

import java.time.Instant;

/**
 * An open task on one subject, as the inbox read model has it ({@link InboxMapper#openOn}); {@code assignee} is the
 * one person holding it (转办, 委派, 加签), or null while its group holds it.
 */
public record OpenTaskRow(String taskId, String taskName, String taskKey, String instanceId, Long subjectId,
                          Instant createdAt, String assignee) {
}
