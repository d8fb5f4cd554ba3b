package org.jixiao.monitoring.internal;

import java.math.BigDecimal;
import org.jixiao.monitoring.ReportStatus;

/** One report with its target's name and funds, as the 项目 sheet of the export needs it. */
public class ExportProjectRow {
    private Long id;
    private Long departmentId;
    private Long unitId;
    private String targetName;
    private String projectCode;
    private BigDecimal fiscalFunds;
    private BigDecimal otherFunds;
    private BigDecimal executedFunds;
    private BigDecimal expectedCarryOver;
    private String budgetLight;
    private String light;
    private ReportStatus status;
    private boolean overdue;
    /** The unit's 说明 of 执行数 above 预算数. */
    private String executionNote;

    /** 预算数: fiscal plus other funds; null when neither is known. */
    public BigDecimal budget() {
        if (fiscalFunds == null && otherFunds == null) {
            return null;
        }
        return (fiscalFunds == null ? BigDecimal.ZERO : fiscalFunds).add(otherFunds == null ? BigDecimal.ZERO : otherFunds);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getTargetName() { return targetName; }
    public void setTargetName(String targetName) { this.targetName = targetName; }
    public String getProjectCode() { return projectCode; }
    public void setProjectCode(String projectCode) { this.projectCode = projectCode; }
    public BigDecimal getFiscalFunds() { return fiscalFunds; }
    public void setFiscalFunds(BigDecimal fiscalFunds) { this.fiscalFunds = fiscalFunds; }
    public BigDecimal getOtherFunds() { return otherFunds; }
    public void setOtherFunds(BigDecimal otherFunds) { this.otherFunds = otherFunds; }
    public BigDecimal getExecutedFunds() { return executedFunds; }
    public void setExecutedFunds(BigDecimal executedFunds) { this.executedFunds = executedFunds; }
    public BigDecimal getExpectedCarryOver() { return expectedCarryOver; }
    public void setExpectedCarryOver(BigDecimal expectedCarryOver) { this.expectedCarryOver = expectedCarryOver; }
    public String getBudgetLight() { return budgetLight; }
    public void setBudgetLight(String budgetLight) { this.budgetLight = budgetLight; }
    public String getLight() { return light; }
    public void setLight(String light) { this.light = light; }
    public ReportStatus getStatus() { return status; }
    public void setStatus(ReportStatus status) { this.status = status; }
    public String getExecutionNote() { return executionNote; }
    public void setExecutionNote(String executionNote) { this.executionNote = executionNote; }
    public boolean isOverdue() { return overdue; }
    public void setOverdue(boolean overdue) { this.overdue = overdue; }
}
