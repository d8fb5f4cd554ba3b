package org.jixiao.monitoring.internal;

import java.math.BigDecimal;
import java.time.Instant;
import org.jixiao.monitoring.lights.BudgetMode;
import org.jixiao.monitoring.lights.LightThresholds;

/** A row of light_threshold: a bureau's thresholds for a year, with who changed them and the version. */
public class LightThresholdSetting {
    private Long financeOrgId;
    private int fiscalYear;
    private BigDecimal budgetRedBelow;
    private BigDecimal budgetGreenFrom;
    private BigDecimal indicatorRedBelow;
    private BigDecimal indicatorGreenFrom;
    private BigDecimal indicatorBlueFrom;
    private boolean blueEnabled = true;
    private BudgetMode budgetMode;
    private int version;
    private boolean configured = true;
    private String updatedBy;
    private Instant updatedAt;

    public static LightThresholdSetting of(Long financeOrgId, int fiscalYear, LightThresholds t) {
        LightThresholdSetting s = new LightThresholdSetting();
        s.financeOrgId = financeOrgId;
        s.fiscalYear = fiscalYear;
        s.budgetRedBelow = t.budgetRedBelow();
        s.budgetGreenFrom = t.budgetGreenFrom();
        s.indicatorRedBelow = t.indicatorRedBelow();
        s.indicatorGreenFrom = t.indicatorGreenFrom();
        s.blueEnabled = t.indicatorBlueFrom() != null;
        // the column is NOT NULL (V4); with blue switched off the stored number is only a placeholder
        s.indicatorBlueFrom = t.indicatorBlueFrom() != null ? t.indicatorBlueFrom()
                : LightThresholds.defaults().indicatorBlueFrom();
        s.budgetMode = t.budgetMode();
        return s;
    }

    public static LightThresholdSetting defaults(Long financeOrgId, int fiscalYear) {
        LightThresholdSetting s = of(financeOrgId, fiscalYear, LightThresholds.defaults());
        s.configured = false;
        return s;
    }

    public LightThresholds thresholds() {
        return new LightThresholds(budgetRedBelow, budgetGreenFrom, indicatorRedBelow, indicatorGreenFrom,
                blueEnabled ? indicatorBlueFrom : null, budgetMode);
    }

    public Long getFinanceOrgId() { return financeOrgId; }
    public void setFinanceOrgId(Long financeOrgId) { this.financeOrgId = financeOrgId; }
    public int getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(int fiscalYear) { this.fiscalYear = fiscalYear; }
    public BigDecimal getBudgetRedBelow() { return budgetRedBelow; }
    public void setBudgetRedBelow(BigDecimal v) { this.budgetRedBelow = v; }
    public BigDecimal getBudgetGreenFrom() { return budgetGreenFrom; }
    public void setBudgetGreenFrom(BigDecimal v) { this.budgetGreenFrom = v; }
    public BigDecimal getIndicatorRedBelow() { return indicatorRedBelow; }
    public void setIndicatorRedBelow(BigDecimal v) { this.indicatorRedBelow = v; }
    public BigDecimal getIndicatorGreenFrom() { return indicatorGreenFrom; }
    public void setIndicatorGreenFrom(BigDecimal v) { this.indicatorGreenFrom = v; }
    public BigDecimal getIndicatorBlueFrom() { return indicatorBlueFrom; }
    public void setIndicatorBlueFrom(BigDecimal v) { this.indicatorBlueFrom = v; }
    public boolean isBlueEnabled() { return blueEnabled; }
    public void setBlueEnabled(boolean blueEnabled) { this.blueEnabled = blueEnabled; }
    public BudgetMode getBudgetMode() { return budgetMode; }
    public void setBudgetMode(BudgetMode budgetMode) { this.budgetMode = budgetMode; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public boolean isConfigured() { return configured; }
    public void setConfigured(boolean configured) { this.configured = configured; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
