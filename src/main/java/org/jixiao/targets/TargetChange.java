package org.jixiao.targets;

/**
 * One difference between two versions of a target (目标调整): a header field, a spending-plan month, an annual
 * task or an indicator that was added, removed or changed. {@code field} is a stable key (null for a whole
 * item added or removed), {@code label} its Chinese name; {@code before}/{@code after} are display text, null
 * where the item did not exist.
 */
public record TargetChange(Section section, String item, Kind kind, String field, String label, String before,
                           String after) {

    public enum Section { HEADER, SPENDING_PLAN, TASK, INDICATOR }

    public enum Kind { ADDED, REMOVED, CHANGED }
}
