package org.jixiao.target.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.target.Indicator;

/**
 * The usual 一级/二级 indicator names offered in the editor (free text is still accepted, since real
 * forms vary: 效果指标, 可持续性影响指标 …). Which 一级 are required comes from the region's rules.
 */
final class IndicatorCategories {
    static final String OUTPUT = "产出指标";
    static final String EFFECT = "效益指标";
    static final String SATISFACTION = "满意度指标";
    static final String COST = "成本指标";

    private static final Map<String, List<String>> LEVEL2 = Map.of(
            OUTPUT, List.of("数量指标", "质量指标", "时效指标", "成本指标"),
            EFFECT, List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
            SATISFACTION, List.of("服务对象满意度指标"),
            COST, List.of("经济成本指标", "社会成本指标", "生态环境成本指标"));

    static final List<String> STANDARDS = List.of("计划标准", "行业标准", "历史标准", "其他标准");

    private IndicatorCategories() {
    }

    static List<String> level2Of(String level1) {
        return LEVEL2.getOrDefault(level1, List.of());
    }

    /** The 一级 groups to show: the required ones in their order, then any others the target already uses. */
    static List<String> groups(List<String> required, List<Indicator> indicators) {
        Set<String> groups = new LinkedHashSet<>(required);
        if (groups.isEmpty()) {
            groups.addAll(List.of(OUTPUT, EFFECT, SATISFACTION));
        }
        for (Indicator indicator : indicators) {
            if (indicator.getLevel1() != null && !indicator.getLevel1().isBlank()) {
                groups.add(indicator.getLevel1());
            }
        }
        return new ArrayList<>(groups);
    }
}
