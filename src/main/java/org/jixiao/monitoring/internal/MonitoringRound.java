package org.jixiao.monitoring.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.monitoring.MonitoringRoundStatus;

/**
 * 监控轮次: a finance bureau's mid-year monitoring of one fiscal year up to a cut-off month.
 * {@code total} is the number of approved targets in scope when the round was opened;
 * {@code createdCount} how many reports exist so far (equal to total once OPEN, unless targets were
 * approved while the round was opening — then total is raised to the final count).
 */
public class MonitoringRound {
    private Long id;
    private Long financeOrgId;
    private int fiscalYear;
    private int cutoffMonth;
    private LocalDate dueDate;
    private boolean allDepartments;
    private MonitoringRoundStatus status;
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
    public int getCutoffMonth() { return cutoffMonth; }
    public void setCutoffMonth(int cutoffMonth) { this.cutoffMonth = cutoffMonth; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public boolean isAllDepartments() { return allDepartments; }
    public void setAllDepartments(boolean allDepartments) { this.allDepartments = allDepartments; }
    public MonitoringRoundStatus getStatus() { return status; }
    public void setStatus(MonitoringRoundStatus status) { this.status = status; }
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
