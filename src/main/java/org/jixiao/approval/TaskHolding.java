package org.jixiao.approval;

/**
 * Who holds an open task beyond its candidate group, as the inbox read model keeps it (V46). No assignee: anyone of
 * the group. {@code delegation} is {@code PENDING} while a delegate reviews it for {@code owner}.
 */
public record TaskHolding(String taskId, String candidateGroup, String assignee, String owner, String delegation,
                          int version) {
    public static final String PENDING = "PENDING";
    public static final String RESOLVED = "RESOLVED";

    public boolean delegated() {
        return PENDING.equals(delegation);
    }
}
