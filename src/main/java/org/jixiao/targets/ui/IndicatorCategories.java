package org.jixiao.targets.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.Level1Names;

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
        List<String> used = indicators.stream().map(Indicator::getLevel1)
                .filter(l -> l != null && !l.isBlank()).distinct().toList();
        Set<String> groups = new LinkedHashSet<>();
        for (String name : required.isEmpty() ? List.of(OUTPUT, EFFECT, SATISFACTION) : required) {
            // A target that wrote 效果指标 keeps its own wording for the required 效益指标 group.
            groups.add(used.stream().filter(u -> Objects.equals(Level1Names.canonical(u), Level1Names.canonical(name)))
                    .findFirst().orElse(name));
        }
        groups.addAll(used);
        return new ArrayList<>(groups);
    }
}
