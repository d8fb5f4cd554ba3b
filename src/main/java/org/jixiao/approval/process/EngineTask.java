package org.jixiao.approval.process;

import java.time.Instant;

/** An open user task as the review chain needs it; {@code subjectId} is the process's business key. */
public record EngineTask(String id, String name, String taskKey, String processKey, String instanceId,
                         Long subjectId, Instant created) {
}
