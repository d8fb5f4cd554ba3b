package org.jixiao.evaluation.internal;

import java.math.BigDecimal;
import org.jixiao.evaluation.SelfEvaluationStatus;

/** A self-evaluation in the summary's lists (lowest scores, not yet submitted): final total and grade. */
public class EvaluationListEntry {
    private Long id;
    private Long targetId;
    private String targetName;
    private String unitName;
    private SelfEvaluationStatus status;
    private BigDecimal total;
    private String grade;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTargetId() { return targetId; }
    public void setTargetId(Long targetId) { this.targetId = targetId; }
    public String getTargetName() { return targetName; }
    public void setTargetName(String targetName) { this.targetName = targetName; }
    public String getUnitName() { return unitName; }
    public void setUnitName(String unitName) { this.unitName = unitName; }
    public SelfEvaluationStatus getStatus() { return status; }
    public void setStatus(SelfEvaluationStatus status) { this.status = status; }
    public BigDecimal getTotal() { return total; }
    public void setTotal(BigDecimal total) { this.total = total; }
    public String getGrade() { return grade; }
    public void setGrade(String grade) { this.grade = grade; }
}
