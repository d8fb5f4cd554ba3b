package org.jixiao.monitoring.internal;

/** {@link ReportCounts} of one group of a round's reports (a department or a unit), mapped by MyBatis. */
public class ProgressCounts extends ReportCounts {
    /** The department or unit id; null for reports of units that hang under no department. */
    private Long groupId;

    public Long getGroupId() { return groupId; }
    public void setGroupId(Long groupId) { this.groupId = groupId; }
}
