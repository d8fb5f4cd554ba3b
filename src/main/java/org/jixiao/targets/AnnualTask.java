package org.jixiao.targets;

import java.math.BigDecimal;

/** 年度主要任务 of a department-overall target; amounts in 万元. */
public class AnnualTask {
    private String name;
    private String content;
    private BigDecimal fiscalAmount;
    private BigDecimal otherAmount;

    public AnnualTask() {
    }

    public AnnualTask(String name, String content, BigDecimal fiscalAmount, BigDecimal otherAmount) {
        this.name = name;
        this.content = content;
        this.fiscalAmount = fiscalAmount;
        this.otherAmount = otherAmount;
    }

    /** A field-for-field copy (a cached settled target hands out copies). */
    public AnnualTask copy() {
        return new AnnualTask(name, content, fiscalAmount, otherAmount);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public BigDecimal getFiscalAmount() { return fiscalAmount; }
    public void setFiscalAmount(BigDecimal fiscalAmount) { this.fiscalAmount = fiscalAmount; }
    public BigDecimal getOtherAmount() { return otherAmount; }
    public void setOtherAmount(BigDecimal otherAmount) { this.otherAmount = otherAmount; }
}
