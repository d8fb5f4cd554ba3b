package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.time.Instant;

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
}
