package org.jixiao.monitoring.internal;

import java.math.BigDecimal;
import java.time.Instant;
import org.jixiao.monitoring.ReportStatus;

/**
 * 监控报告: one per approved target and round (unique in the database). Lights hold
 * {@code RED}/{@code YELLOW}/{@code GREEN}/{@code BLUE} as computed by the warning-light rules.
 */
public class MonitoringReport {
    private Long id;
    private Long roundId;
    private Long targetId;
    private Long unitId;
    private Long departmentId;
    private ReportStatus status;
    /** 执行数 to the cut-off month (万元). */
    private BigDecimal executedFunds;
    /** 预计结转结余 (万元). */
    private BigDecimal expectedCarryOver;
    private String budgetLight;
    private String light;
    private boolean overdue;
    private Instant submittedAt;
    private int version;
    private Instant createdAt;
    private Instant remindedAt;
    private Instant urgedAt;
    private int urgeCount;
    /** 整改要求和建议 from finance, with what happens to the budget. */
    private String rectificationRequest;
    private BudgetFollowUp budgetFollowUp;
    /** 整改结果 reported by the unit. */
    private String rectificationResult;
    /** v of the budget light: execution as % of what was expected by the cut-off. */
    private BigDecimal budgetRatio;
    /** 说明 of 执行数 above 预算数 (issue 12 §5 sense check); null when not needed. */
    private String executionNote;
    private String updatedBy;
    private Instant updatedAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getRoundId() { return roundId; }
    public void setRoundId(Long roundId) { this.roundId = roundId; }
    public Long getTargetId() { return targetId; }
    public void setTargetId(Long targetId) { this.targetId = targetId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public ReportStatus getStatus() { return status; }
    public void setStatus(ReportStatus status) { this.status = status; }
    public BigDecimal getExecutedFunds() { return executedFunds; }
    public void setExecutedFunds(BigDecimal executedFunds) { this.executedFunds = executedFunds; }
    public BigDecimal getExpectedCarryOver() { return expectedCarryOver; }
    public void setExpectedCarryOver(BigDecimal expectedCarryOver) { this.expectedCarryOver = expectedCarryOver; }
    public String getBudgetLight() { return budgetLight; }
    public void setBudgetLight(String budgetLight) { this.budgetLight = budgetLight; }
    public String getLight() { return light; }
    public void setLight(String light) { this.light = light; }
    public boolean isOverdue() { return overdue; }
    public void setOverdue(boolean overdue) { this.overdue = overdue; }
    public Instant getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(Instant submittedAt) { this.submittedAt = submittedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getRemindedAt() { return remindedAt; }
    public void setRemindedAt(Instant remindedAt) { this.remindedAt = remindedAt; }
    public Instant getUrgedAt() { return urgedAt; }
    public void setUrgedAt(Instant urgedAt) { this.urgedAt = urgedAt; }
    public int getUrgeCount() { return urgeCount; }
    public void setUrgeCount(int urgeCount) { this.urgeCount = urgeCount; }
    public String getRectificationRequest() { return rectificationRequest; }
    public void setRectificationRequest(String rectificationRequest) { this.rectificationRequest = rectificationRequest; }
    public BudgetFollowUp getBudgetFollowUp() { return budgetFollowUp; }
    public void setBudgetFollowUp(BudgetFollowUp budgetFollowUp) { this.budgetFollowUp = budgetFollowUp; }
    public String getRectificationResult() { return rectificationResult; }
    public void setRectificationResult(String rectificationResult) { this.rectificationResult = rectificationResult; }
    public BigDecimal getBudgetRatio() { return budgetRatio; }
    public void setBudgetRatio(BigDecimal budgetRatio) { this.budgetRatio = budgetRatio; }
    public String getExecutionNote() { return executionNote; }
    public void setExecutionNote(String executionNote) { this.executionNote = executionNote; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
