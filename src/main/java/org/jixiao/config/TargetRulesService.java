package org.jixiao.config;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jixiao.config.internal.TargetRuleMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Target rules per finance bureau and fiscal year; the defaults apply where a bureau set none. */
@Service
public class TargetRulesService {

    /** Row shape; the required categories are stored comma-separated. */
    public static class StoredRule {
        private String requiredLevel1;
        private BigDecimal indicatorTotal;

        public String getRequiredLevel1() { return requiredLevel1; }
        public void setRequiredLevel1(String requiredLevel1) { this.requiredLevel1 = requiredLevel1; }
        public BigDecimal getIndicatorTotal() { return indicatorTotal; }
        public void setIndicatorTotal(BigDecimal indicatorTotal) { this.indicatorTotal = indicatorTotal; }
    }

    private final TargetRuleMapper mapper;

    TargetRulesService(TargetRuleMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional(readOnly = true)
    public TargetRules rulesFor(Long financeBureauId, int fiscalYear) {
        StoredRule stored = financeBureauId == null ? null : mapper.find(financeBureauId, fiscalYear);
        if (stored == null) {
            return TargetRules.defaults();
        }
        List<String> required = Arrays.stream(stored.getRequiredLevel1().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new TargetRules(required, stored.getIndicatorTotal());
    }

    @Transactional
    public void define(Long financeBureauId, int fiscalYear, TargetRules rules) {
        mapper.insert(financeBureauId, fiscalYear, String.join(",", rules.requiredLevel1()), rules.indicatorTotal());
    }
}
