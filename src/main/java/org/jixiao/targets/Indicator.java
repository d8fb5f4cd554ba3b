package org.jixiao.targets;

import java.math.BigDecimal;

/**
 * 绩效指标 (three levels: 一级 level1 / 二级 level2 / 三级 name). The typed text is kept in
 * {@code valueText}; comparator/value/unit are what {@link IndicatorValueParser} read from it.
 */
public class Indicator {
    private Long id;
    private int sortOrder;
    private String level1;
    private String level2;
    private String name;
    private String description;
    private String valueText;
    private ValueComparator comparator;
    private BigDecimal value;
    private String unit;
    private BigDecimal weight;
    private String basis;
    private String standard;
    private String scoringRule;
    private IndicatorKind progressKind;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public String getLevel1() { return level1; }
    public void setLevel1(String level1) { this.level1 = level1; }
    public String getLevel2() { return level2; }
    public void setLevel2(String level2) { this.level2 = level2; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getValueText() { return valueText; }
    public void setValueText(String valueText) { this.valueText = valueText; }
    public ValueComparator getComparator() { return comparator; }
    public void setComparator(ValueComparator comparator) { this.comparator = comparator; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public BigDecimal getWeight() { return weight; }
    public void setWeight(BigDecimal weight) { this.weight = weight; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }
    /** 绩效标准: 计划/行业/历史/其他. */
    public String getStandard() { return standard; }
    public void setStandard(String standard) { this.standard = standard; }
    /** 评分标准 in prose, optional. */
    public String getScoringRule() { return scoringRule; }
    public void setScoringRule(String scoringRule) { this.scoringRule = scoringRule; }

    /**
     * 累计型 or 状态型 (docs/rules.md §2): how the monitoring lights read progress. Stored per indicator; an indicator
     * stored before kinds existed gets its region's default when it is loaded, so this is null only on input.
     */
    public IndicatorKind getProgressKind() { return progressKind; }
    public void setProgressKind(IndicatorKind progressKind) { this.progressKind = progressKind; }

    /** Re-reads comparator, value and unit from the typed text. */
    public void applyParsedValue() {
        IndicatorValue parsed = IndicatorValueParser.parse(valueText);
        comparator = parsed.comparator();
        value = parsed.value();
        unit = parsed.unit();
    }

    /** A field-for-field copy (a cached settled target hands out copies); ContentCopyTest keeps it complete. */
    public Indicator copy() {
        Indicator copy = new Indicator();
        copy.id = id;
        copy.sortOrder = sortOrder;
        copy.level1 = level1;
        copy.level2 = level2;
        copy.name = name;
        copy.description = description;
        copy.valueText = valueText;
        copy.comparator = comparator;
        copy.value = value;
        copy.unit = unit;
        copy.weight = weight;
        copy.basis = basis;
        copy.standard = standard;
        copy.scoringRule = scoringRule;
        copy.progressKind = progressKind;
        return copy;
    }
}
