package org.jixiao.evaluation.internal;

import java.math.BigDecimal;

/** A target's latest approved self-evaluation with the round's bureau and year (whose configuration applies). */
public class LatestResult {
    private Long evaluationId;
    private Long financeOrgId;
    private int fiscalYear;
    private BigDecimal total;
    private String grade;

    public Long getEvaluationId() { return evaluationId; }
    public void setEvaluationId(Long evaluationId) { this.evaluationId = evaluationId; }
    public Long getFinanceOrgId() { return financeOrgId; }
    public void setFinanceOrgId(Long financeOrgId) { this.financeOrgId = financeOrgId; }
    public int getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(int fiscalYear) { this.fiscalYear = fiscalYear; }
    public BigDecimal getTotal() { return total; }
    public void setTotal(BigDecimal total) { this.total = total; }
    public String getGrade() { return grade; }
    public void setGrade(String grade) { this.grade = grade; }
}
