package org.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.targets.IndicatorKind.CUMULATIVE;
import static org.jixiao.targets.IndicatorKind.LEVEL;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IndicatorKindRulesTest {

    /** unit (as parsed), 三级 name, default kind — every indicator shape of the seeds and a few more. */
    static Stream<Arguments> defaults() {
        return Stream.of(
                // counts and amounts accumulate
                Arguments.of("次", "组织专家审查次数", CUMULATIVE),
                Arguments.of("次", "开展安全生产隐患排查次数", CUMULATIVE),
                Arguments.of("家", "抽查企业数量", CUMULATIVE),
                Arguments.of("人次", "培训人次", CUMULATIVE),
                Arguments.of("万元", "安全生产项目费用", CUMULATIVE),
                Arguments.of("天", "防汛天数（≥**天）", CUMULATIVE),
                Arguments.of("个", "新建监测站点数", CUMULATIVE),
                Arguments.of("次", "年度检查次数", CUMULATIVE),
                Arguments.of("人", "培训人数", CUMULATIVE),
                Arguments.of(null, "开展应急演练", CUMULATIVE),
                Arguments.of(null, null, CUMULATIVE),
                // rates and levels, by unit
                Arguments.of("%", "提高效率", LEVEL),
                Arguments.of("%", "生态效益提升值%", LEVEL),
                Arguments.of("％", "完好程度", LEVEL),
                Arguments.of("‰", "千人死亡", LEVEL),
                Arguments.of("分", "服务对象评价", LEVEL),
                Arguments.of("年", "长期使用年限", LEVEL),
                Arguments.of(" % ", "提高效率", LEVEL),
                // … and by name, whatever the unit says
                Arguments.of("%", "满意率", LEVEL),
                Arguments.of(null, "设施完好率(％)", LEVEL),
                Arguments.of("个", "达标率", LEVEL),
                Arguments.of(null, "群众满意", LEVEL),
                Arguments.of(null, "受众满意度", LEVEL),
                Arguments.of(null, "社会公众知晓度", LEVEL),
                Arguments.of(null, "本地采购比例", LEVEL),
                Arguments.of(null, "绿色产品占比", LEVEL),
                Arguments.of(null, "空气质量指数", LEVEL),
                // headcount and fleet kept up, not tallied
                Arguments.of("人", "保障消防干部人数", LEVEL),
                Arguments.of("辆", "保障公务用车数", LEVEL),
                Arguments.of("次", "保障演练次数", CUMULATIVE));
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @MethodSource("defaults")
    void defaultsFromUnitAndName(String unit, String name, IndicatorKind kind) {
        assertThat(IndicatorKindRules.defaults().kindOf(unit, name)).isEqualTo(kind);
    }

    @Test
    void readsTheParsedUnitOfAnIndicator() {
        Indicator indicator = new Indicator();
        indicator.setName("专家审查");
        indicator.setValueText("≥95%");
        indicator.applyParsedValue();

        assertThat(IndicatorKindRules.defaults().kindOf(indicator)).isEqualTo(LEVEL);
        indicator.setValueText("≥12次");
        indicator.applyParsedValue();
        assertThat(IndicatorKindRules.defaults().kindOf(indicator)).isEqualTo(CUMULATIVE);
    }

    /** A region's own list: first match wins, its own fallback. */
    @Test
    void aRegionsRulesAreDataTriedInOrder() {
        IndicatorKindRules region = new IndicatorKindRules(List.of(
                new IndicatorKindRules.Rule("天", null, null, LEVEL),
                new IndicatorKindRules.Rule(null, "次数", null, CUMULATIVE),
                new IndicatorKindRules.Rule(null, "检查", null, LEVEL),
                new IndicatorKindRules.Rule(null, null, "进度", CUMULATIVE)), LEVEL);

        assertThat(region.kindOf("天", "平均响应天数")).isEqualTo(LEVEL);
        assertThat(region.kindOf("次", "检查次数")).isEqualTo(CUMULATIVE);
        assertThat(region.kindOf("次", "检查覆盖")).isEqualTo(LEVEL);
        assertThat(region.kindOf("%", "工程进度")).isEqualTo(CUMULATIVE);
        assertThat(region.kindOf("%", "进度说明")).isEqualTo(LEVEL);
        assertThat(region.kindOf("家", "企业数量")).isEqualTo(LEVEL);
    }

    @Test
    void aRuleNeedsACondition() {
        assertThatThrownBy(() -> new IndicatorKindRules.Rule(" ", null, "", LEVEL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndicatorKindRules.Rule("%", null, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new IndicatorKindRules(List.of(), null)).isInstanceOf(NullPointerException.class);
    }
}
