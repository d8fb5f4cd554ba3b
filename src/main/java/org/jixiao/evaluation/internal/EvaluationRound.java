package org.jixiao.evaluation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.evaluation.EvaluationRoundStatus;

/** 自评轮次: one per finance bureau and fiscal year (unique in the database). */
public class EvaluationRound {
    private Long id;
    private Long financeOrgId;
    private int fiscalYear;
    private LocalDate dueDate;
    private boolean allDepartments;
    private EvaluationRoundStatus status;
    private int total;
    private int createdCount;
    private String openedBy;
    private Instant openedAt;
    private int version;
    private String worker;
    private Instant leaseUntil;
    private List<Long> departmentIds = new ArrayList<>();

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getFinanceOrgId() { return financeOrgId; }
    public void setFinanceOrgId(Long financeOrgId) { this.financeOrgId = financeOrgId; }
    public int getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(int fiscalYear) { this.fiscalYear = fiscalYear; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public boolean isAllDepartments() { return allDepartments; }
    public void setAllDepartments(boolean allDepartments) { this.allDepartments = allDepartments; }
    public EvaluationRoundStatus getStatus() { return status; }
    public void setStatus(EvaluationRoundStatus status) { this.status = status; }
    public int getTotal() { return total; }
    public void setTotal(int total) { this.total = total; }
    public int getCreatedCount() { return createdCount; }
    public void setCreatedCount(int createdCount) { this.createdCount = createdCount; }
    public String getOpenedBy() { return openedBy; }
    public void setOpenedBy(String openedBy) { this.openedBy = openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public void setOpenedAt(Instant openedAt) { this.openedAt = openedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getWorker() { return worker; }
    public void setWorker(String worker) { this.worker = worker; }
    public Instant getLeaseUntil() { return leaseUntil; }
    public void setLeaseUntil(Instant leaseUntil) { this.leaseUntil = leaseUntil; }
    public List<Long> getDepartmentIds() { return departmentIds; }
    public void setDepartmentIds(List<Long> departmentIds) { this.departmentIds = departmentIds; }

    /** The columns every kind of round has, for the shared round lifecycle. */
    public org.jixiao.rounds.RoundHeader header() {
        return new org.jixiao.rounds.RoundHeader(id, financeOrgId, fiscalYear, dueDate, allDepartments,
                status == null ? null : status.name(), total, createdCount);
    }
}
