package org.jixiao.approval;

/** What an inbox needs to show about the thing a task is about. */
public record SubjectSummary(Long id, String name, String status, String unitName) {
}
