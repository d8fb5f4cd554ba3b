package org.jixiao.targets.sheet;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.targets.Indicator;

/** The usual 一级/二级 of a blank template, 三级 left to fill (a row with only 一级/二级 is read as a heading). */
final class TemplateRows {
    private static final String[][] USUAL = {
        {"产出指标", "数量指标"}, {"产出指标", "质量指标"}, {"产出指标", "时效指标"}, {"产出指标", "成本指标"},
        {"效益指标", "经济效益指标"}, {"效益指标", "社会效益指标"}, {"效益指标", "生态效益指标"},
        {"效益指标", "可持续影响指标"}, {"满意度指标", "服务对象满意度指标"}};

    private TemplateRows() {
    }

    static List<Indicator> usual() {
        List<Indicator> rows = new ArrayList<>();
        for (String[] levels : USUAL) {
            Indicator i = new Indicator();
            i.setLevel1(levels[0]);
            i.setLevel2(levels[1]);
            rows.add(i);
        }
        return rows;
    }
}
