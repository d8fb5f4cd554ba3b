package org.jixiao.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One row of an inbox (issue 12 §2): the task, what it is about (type, year or round, subject, unit, amount in
 * 万元, light) and when it arrived and is due. {@code subjectName} is the plain name (the target's); where it must
 * say what it is in one line, {@link #label()} puts the kind before it. {@code decisions} and {@code reviewLocation}
 * are filled in from the subject's kind after reading.
 */
public class InboxItem {
    private String taskId;
    private String taskName;
    private String taskKey;
    private String subjectType;
    private Long subjectId;
    private String subjectName;
    private String subjectCode;
    private Integer fiscalYear;
    private Long roundId;
    private Integer periodMonth;
    private Long unitId;
    private String unitName;
    private Long departmentId;
    private BigDecimal amount;
    private LocalDate dueDate;
    private Instant createdAt;
    private String status;
    private String light;
    private String namePrefix = "";
    private String reviewLocation;
    private Set<ReviewDecision> decisions = Set.of();

    /** The subject with its kind, e.g. "监控报告：安全生产专家会诊服务费". */
    public String label() {
        return namePrefix + (subjectName == null ? "" : subjectName);
    }

    /** Past its due date while still open. */
    public boolean overdueOn(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today);
    }

    public String getTaskId() { return taskId; }
    public void setTaskId(String taskId) { this.taskId = taskId; }
    public String getTaskName() { return taskName; }
    public void setTaskName(String taskName) { this.taskName = taskName; }
    public String getTaskKey() { return taskKey; }
    public void setTaskKey(String taskKey) { this.taskKey = taskKey; }
    public String getSubjectType() { return subjectType; }
    public void setSubjectType(String subjectType) { this.subjectType = subjectType; }
    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long subjectId) { this.subjectId = subjectId; }
    public String getSubjectName() { return subjectName; }
    public void setSubjectName(String subjectName) { this.subjectName = subjectName; }
    public String getSubjectCode() { return subjectCode; }
    public void setSubjectCode(String subjectCode) { this.subjectCode = subjectCode; }
    public Integer getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(Integer fiscalYear) { this.fiscalYear = fiscalYear; }
    public Long getRoundId() { return roundId; }
    public void setRoundId(Long roundId) { this.roundId = roundId; }
    public Integer getPeriodMonth() { return periodMonth; }
    public void setPeriodMonth(Integer periodMonth) { this.periodMonth = periodMonth; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getUnitName() { return unitName; }
    public void setUnitName(String unitName) { this.unitName = unitName; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getLight() { return light; }
    public void setLight(String light) { this.light = light; }
    public String getNamePrefix() { return namePrefix; }
    public void setNamePrefix(String namePrefix) { this.namePrefix = namePrefix == null ? "" : namePrefix; }
    public String getReviewLocation() { return reviewLocation; }
    public void setReviewLocation(String reviewLocation) { this.reviewLocation = reviewLocation; }
    public Set<ReviewDecision> getDecisions() { return decisions; }
    public void setDecisions(Set<ReviewDecision> decisions) { this.decisions = decisions; }
}
