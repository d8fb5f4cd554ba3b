package org.jixiao.monitoring.internal;

import org.jixiao.monitoring.ReportStatus;

/** A report whose overall light or budget-execution light is red (红灯清单), mapped by MyBatis. */
public class RedListEntry {
    private Long reportId;
    private Long unitId;
    private String unitName;
    private String targetName;
    private String projectCode;
    private String budgetLight;
    private String light;
    private ReportStatus status;
    private boolean overdue;

    public Long getReportId() { return reportId; }
    public void setReportId(Long reportId) { this.reportId = reportId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getUnitName() { return unitName; }
    public void setUnitName(String unitName) { this.unitName = unitName; }
    public String getTargetName() { return targetName; }
    public void setTargetName(String targetName) { this.targetName = targetName; }
    public String getProjectCode() { return projectCode; }
    public void setProjectCode(String projectCode) { this.projectCode = projectCode; }
    public String getBudgetLight() { return budgetLight; }
    public void setBudgetLight(String budgetLight) { this.budgetLight = budgetLight; }
    public String getLight() { return light; }
    public void setLight(String light) { this.light = light; }
    public ReportStatus getStatus() { return status; }
    public void setStatus(ReportStatus status) { this.status = status; }
    public boolean isOverdue() { return overdue; }
    public void setOverdue(boolean overdue) { this.overdue = overdue; }
}
