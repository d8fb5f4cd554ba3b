package org.jixiao.monitoring.internal;

import java.math.BigDecimal;

/**
 * One indicator of a report's target with what the unit reported for it (empty where nothing was filled
 * yet), as the 指标 sheet of the export needs it.
 */
public class ExportIndicatorRow {
    private Long reportId;
    private String targetName;
    private String level1;
    private String level2;
    private String level3;
    private String valueText;
    private BigDecimal valueToDate;
    private BigDecimal expectedYearEnd;
    private String achievement;
    private String likelihood;
    private String deviationReasons;
    private String remark;
    private String measures;
    private String light;

    public Long getReportId() { return reportId; }
    public void setReportId(Long reportId) { this.reportId = reportId; }
    public String getTargetName() { return targetName; }
    public void setTargetName(String targetName) { this.targetName = targetName; }
    public String getLevel1() { return level1; }
    public void setLevel1(String level1) { this.level1 = level1; }
    public String getLevel2() { return level2; }
    public void setLevel2(String level2) { this.level2 = level2; }
    public String getLevel3() { return level3; }
    public void setLevel3(String level3) { this.level3 = level3; }
    public String getValueText() { return valueText; }
    public void setValueText(String valueText) { this.valueText = valueText; }
    public BigDecimal getValueToDate() { return valueToDate; }
    public void setValueToDate(BigDecimal valueToDate) { this.valueToDate = valueToDate; }
    public BigDecimal getExpectedYearEnd() { return expectedYearEnd; }
    public void setExpectedYearEnd(BigDecimal expectedYearEnd) { this.expectedYearEnd = expectedYearEnd; }
    public String getAchievement() { return achievement; }
    public void setAchievement(String achievement) { this.achievement = achievement; }
    public String getLikelihood() { return likelihood; }
    public void setLikelihood(String likelihood) { this.likelihood = likelihood; }
    public String getDeviationReasons() { return deviationReasons; }
    public void setDeviationReasons(String deviationReasons) { this.deviationReasons = deviationReasons; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
    public String getMeasures() { return measures; }
    public void setMeasures(String measures) { this.measures = measures; }
    public String getLight() { return light; }
    public void setLight(String light) { this.light = light; }
}
