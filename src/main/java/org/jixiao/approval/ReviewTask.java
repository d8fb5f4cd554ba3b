package org.jixiao.approval;

import java.time.Instant;

/** An open review task as the inbox shows it; {@code reviewRoute} is where the UI reviews it. */
public record ReviewTask(String id, String name, String subjectType, Long subjectId, String subjectName,
                         String subjectStatus, String unitName, Instant created, String reviewRoute) {
}
