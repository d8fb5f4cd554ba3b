package org.jixiao.approval.chain;

import java.time.Instant;

/** A bureau's saved chain for a year and type ({@code approval_chain}); its steps are read separately. */
public class ChainHeader {
    private Long financeOrgId;
    private int fiscalYear;
    private String chainType;
    private int version;
    private String updatedBy;
    private Instant updatedAt;
    private String afterReturn;

    public Long getFinanceOrgId() { return financeOrgId; }
    public void setFinanceOrgId(Long financeOrgId) { this.financeOrgId = financeOrgId; }
    public int getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(int fiscalYear) { this.fiscalYear = fiscalYear; }
    public String getChainType() { return chainType; }
    public void setChainType(String chainType) { this.chainType = chainType; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public String getAfterReturn() { return afterReturn; }
    public void setAfterReturn(String afterReturn) { this.afterReturn = afterReturn; }
}
