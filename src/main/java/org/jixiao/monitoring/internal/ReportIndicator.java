package org.jixiao.monitoring.internal;

import java.math.BigDecimal;
import org.jixiao.monitoring.lights.Achievement;
import org.jixiao.monitoring.lights.Likelihood;

/** One indicator's row of a report (monitoring_report_indicator); reasons as stored (comma-separated). */
public class ReportIndicator {
    private Long reportId;
    private Long indicatorId;
    private BigDecimal valueToDate;
    private BigDecimal expectedYearEnd;
    private Achievement achievement;
    private Likelihood likelihood;
    private String deviationReasons;
    private String remark;
    private String measures;
    private String light;
    private BigDecimal ratio;

    public Long getReportId() { return reportId; }
    public void setReportId(Long reportId) { this.reportId = reportId; }
    public Long getIndicatorId() { return indicatorId; }
    public void setIndicatorId(Long indicatorId) { this.indicatorId = indicatorId; }
    public BigDecimal getValueToDate() { return valueToDate; }
    public void setValueToDate(BigDecimal valueToDate) { this.valueToDate = valueToDate; }
    public BigDecimal getExpectedYearEnd() { return expectedYearEnd; }
    public void setExpectedYearEnd(BigDecimal expectedYearEnd) { this.expectedYearEnd = expectedYearEnd; }
    public Achievement getAchievement() { return achievement; }
    public void setAchievement(Achievement achievement) { this.achievement = achievement; }
    public Likelihood getLikelihood() { return likelihood; }
    public void setLikelihood(Likelihood likelihood) { this.likelihood = likelihood; }
    public String getDeviationReasons() { return deviationReasons; }
    public void setDeviationReasons(String deviationReasons) { this.deviationReasons = deviationReasons; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
    public String getMeasures() { return measures; }
    public void setMeasures(String measures) { this.measures = measures; }
    public String getLight() { return light; }
    public void setLight(String light) { this.light = light; }
    public BigDecimal getRatio() { return ratio; }
    public void setRatio(BigDecimal ratio) { this.ratio = ratio; }
}
