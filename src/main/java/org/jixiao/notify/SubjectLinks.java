package org.jixiao.notify;

/**
 * Where a notice opens its subject: the subject's own page, which shows its history and, to whoever holds its open
 * task, the decision. Unknown kinds open 待办.
 */
final class SubjectLinks {

    private SubjectLinks() {
    }

    static String of(String subjectType, Long subjectId) {
        return switch (subjectType) {
            case "TARGET" -> "targets/" + subjectId;
            case "MONITORING_REPORT" -> "monitoring/reports/" + subjectId;
            case "SELF_EVALUATION" -> "evaluation/self/" + subjectId;
            default -> "inbox";
        };
    }
}
