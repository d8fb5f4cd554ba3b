package org.jixiao.approval.chain;

import java.time.Instant;

/** One submission's captured chain ({@code approval_chain_run}). */
public class ChainRun {
    private Long id;
    private String subjectType;
    private Long subjectId;
    private int submission;
    private String chainType;
    private int fiscalYear;
    private int chainVersion;
    private Instant createdAt;
    /** The chain's option after a return to a step, as it stood at submission (RERUN or TO_RETURNER). */
    private String afterReturn;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getSubjectType() { return subjectType; }
    public void setSubjectType(String subjectType) { this.subjectType = subjectType; }
    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long subjectId) { this.subjectId = subjectId; }
    public int getSubmission() { return submission; }
    public void setSubmission(int submission) { this.submission = submission; }
    public String getChainType() { return chainType; }
    public void setChainType(String chainType) { this.chainType = chainType; }
    public int getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(int fiscalYear) { this.fiscalYear = fiscalYear; }
    /** The configuration's version captured (0: the defaults). */
    public int getChainVersion() { return chainVersion; }
    public void setChainVersion(int chainVersion) { this.chainVersion = chainVersion; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public String getAfterReturn() { return afterReturn; }
    public void setAfterReturn(String afterReturn) { this.afterReturn = afterReturn; }
}
