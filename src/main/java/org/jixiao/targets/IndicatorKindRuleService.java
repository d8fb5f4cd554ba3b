package org.jixiao.targets;

import java.util.List;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.targets.internal.IndicatorKindRuleMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A finance bureau's rules for defaulting indicator kinds, per fiscal year ({@link IndicatorKindRules}); the
 * central defaults apply where a bureau stored none.
 */
@Service
public class IndicatorKindRuleService {

    /** Row shape of {@code indicator_kind_rule}. */
    public static class StoredRule {
        private int sortOrder;
        private String unit;
        private String nameContains;
        private String nameEndsWith;
        private IndicatorKind kind;
        private IndicatorKind fallbackKind;

        public int getSortOrder() { return sortOrder; }
        public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public String getNameContains() { return nameContains; }
        public void setNameContains(String nameContains) { this.nameContains = nameContains; }
        public String getNameEndsWith() { return nameEndsWith; }
        public void setNameEndsWith(String nameEndsWith) { this.nameEndsWith = nameEndsWith; }
        public IndicatorKind getKind() { return kind; }
        public void setKind(IndicatorKind kind) { this.kind = kind; }
        public IndicatorKind getFallbackKind() { return fallbackKind; }
        public void setFallbackKind(IndicatorKind fallbackKind) { this.fallbackKind = fallbackKind; }
    }

    private final IndicatorKindRuleMapper mapper;
    private final OrgDirectory directory;

    IndicatorKindRuleService(IndicatorKindRuleMapper mapper, OrgDirectory directory) {
        this.mapper = mapper;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public IndicatorKindRules rulesFor(Long financeBureauId, int fiscalYear) {
        List<StoredRule> stored = financeBureauId == null ? List.of() : mapper.find(financeBureauId, fiscalYear);
        if (stored.isEmpty()) {
            return IndicatorKindRules.defaults();
        }
        return new IndicatorKindRules(stored.stream().map(r -> new IndicatorKindRules.Rule(r.getUnit(),
                r.getNameContains(), r.getNameEndsWith(), r.getKind())).toList(), stored.get(0).getFallbackKind());
    }

    /** The rules that apply to a target: those of the finance bureau above its unit, for its fiscal year. */
    @Transactional(readOnly = true)
    public IndicatorKindRules rulesFor(PerformanceTarget target) {
        Long financeId = target.getUnitId() == null ? null
                : directory.nearest(target.getUnitId(), OrgKind.FINANCE).map(OrgNode::getId).orElse(null);
        return rulesFor(financeId, target.getFiscalYear());
    }

    /** Replaces a bureau's rules for a year (an empty list goes back to the defaults). */
    @Transactional
    public void define(Long financeBureauId, int fiscalYear, IndicatorKindRules rules) {
        mapper.delete(financeBureauId, fiscalYear);
        int order = 0;
        for (IndicatorKindRules.Rule rule : rules.rules()) {
            StoredRule row = new StoredRule();
            row.setSortOrder(order++);
            row.setUnit(rule.unit());
            row.setNameContains(rule.nameContains());
            row.setNameEndsWith(rule.nameEndsWith());
            row.setKind(rule.kind());
            row.setFallbackKind(rules.fallback());
            mapper.insert(financeBureauId, fiscalYear, row);
        }
    }
}
