package org.jixiao.evaluation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import org.jixiao.evaluation.SelfEvaluationStatus;

/** 绩效自评: one per approved target and evaluation round (unique in the database). */
public class SelfEvaluation {
    private Long id;
    private Long roundId;
    private Long targetId;
    private Long unitId;
    private Long departmentId;
    private SelfEvaluationStatus status;
    /** 年初预算数, 全年预算数 (adjusted) and 全年执行数 (万元). */
    private BigDecimal plannedFunds;
    private BigDecimal adjustedFunds;
    private BigDecimal executedFunds;
    private BigDecimal budgetScore;
    private BigDecimal total;
    private String grade;
    private BigDecimal reviewedTotal;
    private String reviewedGrade;
    /** 偏差原因 where execution is below 90%; 结论, 存在问题, 改进措施 of the short 自评报告. */
    private String budgetDeviation;
    /** 年度总体目标 实际完成情况, against the target's goals. */
    private String goalsActual;
    private String conclusion;
    private String problems;
    private String improvements;
    /** 说明 of 全年执行数 above 全年预算数 (issue 12 §5 sense check); null when not needed. */
    private String executionNote;
    private String updatedBy;
    private Instant updatedAt;
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
    public SelfEvaluationStatus getStatus() { return status; }
    public void setStatus(SelfEvaluationStatus status) { this.status = status; }
    public BigDecimal getPlannedFunds() { return plannedFunds; }
    public void setPlannedFunds(BigDecimal plannedFunds) { this.plannedFunds = plannedFunds; }
    public BigDecimal getAdjustedFunds() { return adjustedFunds; }
    public void setAdjustedFunds(BigDecimal adjustedFunds) { this.adjustedFunds = adjustedFunds; }
    public BigDecimal getExecutedFunds() { return executedFunds; }
    public void setExecutedFunds(BigDecimal executedFunds) { this.executedFunds = executedFunds; }
    public BigDecimal getBudgetScore() { return budgetScore; }
    public void setBudgetScore(BigDecimal budgetScore) { this.budgetScore = budgetScore; }
    public BigDecimal getTotal() { return total; }
    public void setTotal(BigDecimal total) { this.total = total; }
    public String getGrade() { return grade; }
    public void setGrade(String grade) { this.grade = grade; }
    public BigDecimal getReviewedTotal() { return reviewedTotal; }
    public void setReviewedTotal(BigDecimal reviewedTotal) { this.reviewedTotal = reviewedTotal; }
    public String getReviewedGrade() { return reviewedGrade; }
    public void setReviewedGrade(String reviewedGrade) { this.reviewedGrade = reviewedGrade; }
    public String getBudgetDeviation() { return budgetDeviation; }
    public void setBudgetDeviation(String budgetDeviation) { this.budgetDeviation = budgetDeviation; }
    public String getGoalsActual() { return goalsActual; }
    public void setGoalsActual(String goalsActual) { this.goalsActual = goalsActual; }
    public String getConclusion() { return conclusion; }
    public void setConclusion(String conclusion) { this.conclusion = conclusion; }
    public String getProblems() { return problems; }
    public void setProblems(String problems) { this.problems = problems; }
    public String getImprovements() { return improvements; }
    public void setImprovements(String improvements) { this.improvements = improvements; }
    public String getExecutionNote() { return executionNote; }
    public void setExecutionNote(String executionNote) { this.executionNote = executionNote; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(Instant submittedAt) { this.submittedAt = submittedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
}
