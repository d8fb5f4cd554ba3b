package org.jixiao.evaluation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.scoring.Grade;
import org.jixiao.evaluation.scoring.GradeBands;
import org.jixiao.evaluation.scoring.Level1Weight;
import org.jixiao.evaluation.scoring.LowerIsBetterFormula;
import org.jixiao.evaluation.scoring.Outcome;
import org.jixiao.evaluation.scoring.Recommendation;
import org.jixiao.evaluation.scoring.ScoringConfig;
import org.jixiao.targets.Level1Names;

/** A row of scoring_config with its weights and outcomes: a bureau's scoring rules for a year, who changed them, the version. */
public class ScoringSetting {
    private Long financeOrgId;
    private int fiscalYear;
    private BigDecimal budgetPoints;
    private BigDecimal indicatorTotal;
    private LowerIsBetterFormula lowerFormula;
    private BigDecimal excellentFrom;
    private BigDecimal goodFrom;
    private BigDecimal fairFrom;
    private int version;
    private boolean configured = true;
    private String updatedBy;
    private Instant updatedAt;
    private List<WeightRow> weights = new ArrayList<>();
    private List<OutcomeRow> outcomes = new ArrayList<>();

    /** A row of scoring_level1_weight. */
    public static class WeightRow {
        private int sortOrder;
        private String level1;
        private BigDecimal points;

        public int getSortOrder() { return sortOrder; }
        public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
        public String getLevel1() { return level1; }
        public void setLevel1(String level1) { this.level1 = level1; }
        public BigDecimal getPoints() { return points; }
        public void setPoints(BigDecimal points) { this.points = points; }
    }

    /** A row of scoring_outcome. */
    public static class OutcomeRow {
        private Grade grade;
        private Recommendation recommendation;
        private String label;

        public Grade getGrade() { return grade; }
        public void setGrade(Grade grade) { this.grade = grade; }
        public Recommendation getRecommendation() { return recommendation; }
        public void setRecommendation(Recommendation recommendation) { this.recommendation = recommendation; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
    }

    public static ScoringSetting of(Long financeOrgId, int fiscalYear, ScoringConfig c) {
        ScoringSetting s = new ScoringSetting();
        s.financeOrgId = financeOrgId;
        s.fiscalYear = fiscalYear;
        s.budgetPoints = c.budgetPoints();
        s.indicatorTotal = c.indicatorTotal();
        s.lowerFormula = c.lowerIsBetter();
        s.excellentFrom = c.gradeBands().excellentFrom();
        s.goodFrom = c.gradeBands().goodFrom();
        s.fairFrom = c.gradeBands().fairFrom();
        for (int i = 0; i < c.weights().size(); i++) {
            WeightRow w = new WeightRow();
            w.sortOrder = i;
            w.level1 = Level1Names.canonical(c.weights().get(i).level1());
            w.points = c.weights().get(i).weight();
            s.weights.add(w);
        }
        for (Grade grade : Grade.values()) {
            Outcome o = c.outcome(grade);
            OutcomeRow row = new OutcomeRow();
            row.grade = grade;
            row.recommendation = o.recommendation();
            row.label = o.label().strip();
            s.outcomes.add(row);
        }
        return s;
    }

    public static ScoringSetting defaults(Long financeOrgId, int fiscalYear) {
        ScoringSetting s = of(financeOrgId, fiscalYear, ScoringConfig.defaults());
        s.configured = false;
        return s;
    }

    public ScoringConfig config() {
        Map<Grade, Outcome> byGrade = new EnumMap<>(Grade.class);
        outcomes.forEach(o -> byGrade.put(o.grade, new Outcome(o.recommendation, o.label)));
        return new ScoringConfig(budgetPoints, indicatorTotal,
                weights.stream().map(w -> new Level1Weight(w.level1, w.points)).toList(), lowerFormula,
                new GradeBands(excellentFrom, goodFrom, fairFrom), byGrade);
    }

    public Long getFinanceOrgId() { return financeOrgId; }
    public void setFinanceOrgId(Long financeOrgId) { this.financeOrgId = financeOrgId; }
    public int getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(int fiscalYear) { this.fiscalYear = fiscalYear; }
    public BigDecimal getBudgetPoints() { return budgetPoints; }
    public void setBudgetPoints(BigDecimal budgetPoints) { this.budgetPoints = budgetPoints; }
    public BigDecimal getIndicatorTotal() { return indicatorTotal; }
    public void setIndicatorTotal(BigDecimal indicatorTotal) { this.indicatorTotal = indicatorTotal; }
    public LowerIsBetterFormula getLowerFormula() { return lowerFormula; }
    public void setLowerFormula(LowerIsBetterFormula lowerFormula) { this.lowerFormula = lowerFormula; }
    public BigDecimal getExcellentFrom() { return excellentFrom; }
    public void setExcellentFrom(BigDecimal excellentFrom) { this.excellentFrom = excellentFrom; }
    public BigDecimal getGoodFrom() { return goodFrom; }
    public void setGoodFrom(BigDecimal goodFrom) { this.goodFrom = goodFrom; }
    public BigDecimal getFairFrom() { return fairFrom; }
    public void setFairFrom(BigDecimal fairFrom) { this.fairFrom = fairFrom; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public boolean isConfigured() { return configured; }
    public void setConfigured(boolean configured) { this.configured = configured; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public List<WeightRow> getWeights() { return weights; }
    public void setWeights(List<WeightRow> weights) { this.weights = weights; }
    public List<OutcomeRow> getOutcomes() { return outcomes; }
    public void setOutcomes(List<OutcomeRow> outcomes) { this.outcomes = outcomes; }
}
