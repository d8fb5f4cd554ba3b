package org.jixiao.evaluation.internal;

import java.math.BigDecimal;
import org.jixiao.evaluation.scoring.QualitativeGrade;

/** One indicator's row of a self-evaluation: 实际完成值 or grade, the self score and finance's 复核. */
public class SelfEvaluationIndicator {
    private Long evaluationId;
    private Long indicatorId;
    private BigDecimal actual;
    private QualitativeGrade grade;
    /** The evaluator's score of a qualitative indicator as entered; for quantitative ones the computed score. */
    private BigDecimal selfScore;
    private String rule;
    private BigDecimal reviewedScore;
    private String reviewReason;
    private String deviation;

    public Long getEvaluationId() { return evaluationId; }
    public void setEvaluationId(Long evaluationId) { this.evaluationId = evaluationId; }
    public Long getIndicatorId() { return indicatorId; }
    public void setIndicatorId(Long indicatorId) { this.indicatorId = indicatorId; }
    public BigDecimal getActual() { return actual; }
    public void setActual(BigDecimal actual) { this.actual = actual; }
    public QualitativeGrade getGrade() { return grade; }
    public void setGrade(QualitativeGrade grade) { this.grade = grade; }
    public BigDecimal getSelfScore() { return selfScore; }
    public void setSelfScore(BigDecimal selfScore) { this.selfScore = selfScore; }
    public String getRule() { return rule; }
    public void setRule(String rule) { this.rule = rule; }
    public BigDecimal getReviewedScore() { return reviewedScore; }
    public void setReviewedScore(BigDecimal reviewedScore) { this.reviewedScore = reviewedScore; }
    public String getReviewReason() { return reviewReason; }
    public void setReviewReason(String reviewReason) { this.reviewReason = reviewReason; }
    public String getDeviation() { return deviation; }
    public void setDeviation(String deviation) { this.deviation = deviation; }
}
