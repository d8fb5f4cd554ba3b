package org.jixiao.evaluation.internal;

import java.math.BigDecimal;

/** A department's (or, for a department's own view, a unit's) self-evaluations and their average final total. */
public class OrgAverage {
    private Long orgId;
    private String orgName;
    private int evaluations;
    private int submitted;
    private BigDecimal average;

    public Long getOrgId() { return orgId; }
    public void setOrgId(Long orgId) { this.orgId = orgId; }
    public String getOrgName() { return orgName; }
    public void setOrgName(String orgName) { this.orgName = orgName; }
    public int getEvaluations() { return evaluations; }
    public void setEvaluations(int evaluations) { this.evaluations = evaluations; }
    public int getSubmitted() { return submitted; }
    public void setSubmitted(int submitted) { this.submitted = submitted; }
    /** Over submitted self-evaluations only, 2 decimals; null when none is submitted. */
    public BigDecimal getAverage() { return average; }
    public void setAverage(BigDecimal average) { this.average = average; }
}
