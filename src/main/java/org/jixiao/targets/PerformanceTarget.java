package org.jixiao.targets;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** 绩效目标 of one budget line (project) or of a unit's whole budget (department-overall). */
public class PerformanceTarget {
    private Long id;
    private TargetKind kind;
    private int fiscalYear;
    private Long unitId;
    private String unitCode;
    private String unitName;
    private String projectCode;
    private String name;
    /** 项目属性: 新增 / 延续. */
    private String projectAttribute;
    /** 实施期, e.g. "2024年" or "2024-2026". */
    private String implementationPeriod;
    private BigDecimal fiscalFunds;
    private BigDecimal otherFunds;
    /** 资金用途. */
    private String fundUse;
    /** 年度绩效目标 / 年度总体目标. */
    private String goals;
    /** 实施期目标 (multi-year projects). */
    private String periodGoals;
    private TargetStatus status;
    private int version;
    private Long copiedFromId;
    /** Id of the first version; every adjustment of a target shares it (目标调整). */
    private Long lineageId;
    /** 第 N 版 within the lineage, 1 for the first version. */
    private int versionNo = 1;
    /** The approved version this adjustment replaces once approved; null for a first version. */
    private Long adjustsTargetId;
    private String adjustmentReason;
    private Instant approvedAt;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private List<SpendingPlanPoint> spendingPlan = new ArrayList<>();
    private List<AnnualTask> tasks = new ArrayList<>();
    private List<Indicator> indicators = new ArrayList<>();

    /** 预算数 = 财政资金 + 其他资金. */
    public BigDecimal totalFunds() {
        BigDecimal fiscal = fiscalFunds == null ? BigDecimal.ZERO : fiscalFunds;
        BigDecimal other = otherFunds == null ? BigDecimal.ZERO : otherFunds;
        return fiscal.add(other);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public TargetKind getKind() { return kind; }
    public void setKind(TargetKind kind) { this.kind = kind; }
    public int getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(int fiscalYear) { this.fiscalYear = fiscalYear; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    public String getUnitName() { return unitName; }
    public void setUnitName(String unitName) { this.unitName = unitName; }
    public String getProjectCode() { return projectCode; }
    public void setProjectCode(String projectCode) { this.projectCode = projectCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getProjectAttribute() { return projectAttribute; }
    public void setProjectAttribute(String projectAttribute) { this.projectAttribute = projectAttribute; }
    public String getImplementationPeriod() { return implementationPeriod; }
    public void setImplementationPeriod(String implementationPeriod) { this.implementationPeriod = implementationPeriod; }
    public BigDecimal getFiscalFunds() { return fiscalFunds; }
    public void setFiscalFunds(BigDecimal fiscalFunds) { this.fiscalFunds = fiscalFunds; }
    public BigDecimal getOtherFunds() { return otherFunds; }
    public void setOtherFunds(BigDecimal otherFunds) { this.otherFunds = otherFunds; }
    public String getFundUse() { return fundUse; }
    public void setFundUse(String fundUse) { this.fundUse = fundUse; }
    public String getGoals() { return goals; }
    public void setGoals(String goals) { this.goals = goals; }
    public String getPeriodGoals() { return periodGoals; }
    public void setPeriodGoals(String periodGoals) { this.periodGoals = periodGoals; }
    public TargetStatus getStatus() { return status; }
    public void setStatus(TargetStatus status) { this.status = status; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public Long getCopiedFromId() { return copiedFromId; }
    public void setCopiedFromId(Long copiedFromId) { this.copiedFromId = copiedFromId; }
    public Long getLineageId() { return lineageId; }
    public void setLineageId(Long lineageId) { this.lineageId = lineageId; }
    public int getVersionNo() { return versionNo; }
    public void setVersionNo(int versionNo) { this.versionNo = versionNo; }
    public Long getAdjustsTargetId() { return adjustsTargetId; }
    public void setAdjustsTargetId(Long adjustsTargetId) { this.adjustsTargetId = adjustsTargetId; }
    public String getAdjustmentReason() { return adjustmentReason; }
    public void setAdjustmentReason(String adjustmentReason) { this.adjustmentReason = adjustmentReason; }
    public Instant getApprovedAt() { return approvedAt; }
    public void setApprovedAt(Instant approvedAt) { this.approvedAt = approvedAt; }
    /** An adjustment (目标调整) rather than a first version. */
    public boolean isAdjustment() { return adjustsTargetId != null; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public List<SpendingPlanPoint> getSpendingPlan() { return spendingPlan; }
    public void setSpendingPlan(List<SpendingPlanPoint> spendingPlan) { this.spendingPlan = spendingPlan == null ? new ArrayList<>() : spendingPlan; }
    public List<AnnualTask> getTasks() { return tasks; }
    public void setTasks(List<AnnualTask> tasks) { this.tasks = tasks == null ? new ArrayList<>() : tasks; }
    public List<Indicator> getIndicators() { return indicators; }
    public void setIndicators(List<Indicator> indicators) { this.indicators = indicators == null ? new ArrayList<>() : indicators; }
}
