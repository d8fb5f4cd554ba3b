package org.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorValueParserTest {

    /** Every quantitative form found in the seeds, plus the neighbours people type. */
    static Stream<Arguments> quantitative() {
        return Stream.of(
                Arguments.of("≥12次", ValueComparator.GE, "12", "次"),
                Arguments.of("≥ 95%", ValueComparator.GE, "95", "%"),
                Arguments.of("≥95%", ValueComparator.GE, "95", "%"),
                Arguments.of("90%以上", ValueComparator.GE, "90", "%"),
                Arguments.of("98%以上", ValueComparator.GE, "98", "%"),
                Arguments.of("2次及以上", ValueComparator.GE, "2", "次"),
                Arguments.of("不少于4次", ValueComparator.GE, "4", "次"),
                Arguments.of("不少于1.5万人次", ValueComparator.GE, "1.5", "万人次"),
                Arguments.of("不低于90%", ValueComparator.GE, "90", "%"),
                Arguments.of("大于等于2000人次", ValueComparator.GE, "2000", "人次"),
                Arguments.of("不超过 33 万元", ValueComparator.LE, "33", "万元"),
                Arguments.of("不超过33万元", ValueComparator.LE, "33", "万元"),
                Arguments.of("≤40 万元", ValueComparator.LE, "40", "万元"),
                Arguments.of("≤11.56万元", ValueComparator.LE, "11.56", "万元"),
                Arguments.of("≤605.45万元", ValueComparator.LE, "605.45", "万元"),
                Arguments.of("≤8%", ValueComparator.LE, "8", "%"),
                Arguments.of("48小时以内", ValueComparator.LE, "48", "小时"),
                Arguments.of("5%以下", ValueComparator.LE, "5", "%"),
                Arguments.of("小于等于450元", ValueComparator.LE, "450", "元"),
                Arguments.of("-100%", ValueComparator.EQ, "100", "%"),
                Arguments.of("=100%", ValueComparator.EQ, "100", "%"),
                Arguments.of("=100 %", ValueComparator.EQ, "100", "%"),
                Arguments.of("100%", ValueComparator.EQ, "100", "%"),
                Arguments.of("=135", ValueComparator.EQ, "135", null),
                Arguments.of("10万 人次", ValueComparator.EQ, "10", "万人次"),
                Arguments.of("3个模块", ValueComparator.EQ, "3", "个模块"),
                Arguments.of("＞3年", ValueComparator.GT, "3", "年"),
                Arguments.of(">3年", ValueComparator.GT, "3", "年"),
                Arguments.of("大于0%", ValueComparator.GT, "0", "%"),
                Arguments.of("<48小时", ValueComparator.LT, "48", "小时"),
                Arguments.of("＜48小时", ValueComparator.LT, "48", "小时"),
                Arguments.of("低于5%", ValueComparator.LT, "5", "%"),
                Arguments.of(">=10次", ValueComparator.GE, "10", "次"),
                Arguments.of("<=2万元", ValueComparator.LE, "2", "万元"),
                Arguments.of("≥5,000次", ValueComparator.GE, "5000", "次"),
                Arguments.of("≥５０００次", ValueComparator.GE, "5000", "次"),
                Arguments.of("≥25家", ValueComparator.GE, "25", "家"),
                Arguments.of("≥4辆", ValueComparator.GE, "4", "辆"),
                Arguments.of("≥52人", ValueComparator.GE, "52", "人"),
                Arguments.of("≥90天", ValueComparator.GE, "90", "天"),
                Arguments.of("≥300家次", ValueComparator.GE, "300", "家次"),
                Arguments.of("≥1.5", ValueComparator.GE, "1.5", null),
                Arguments.of("　≥ 12　次 ", ValueComparator.GE, "12", "次"),
                Arguments.of("≥100m2", ValueComparator.GE, "100", "m2"),
                // a phrase naming what is measured, read because a comparator says how to compare (seed 004)
                Arguments.of("达到应急救援95%以上", ValueComparator.GE, "95", "%"),
                Arguments.of("应急救援95%以上", ValueComparator.GE, "95", "%"),
                Arguments.of("覆盖率不低于90%", ValueComparator.GE, "90", "%"),
                Arguments.of("响应时间控制在30分钟", ValueComparator.LE, "30", "分钟"),
                Arguments.of("投诉率低于2%", ValueComparator.LT, "2", "%"));
    }

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @MethodSource("quantitative")
    void readsQuantitativeValues(String text, ValueComparator comparator, String value, String unit) {
        IndicatorValue v = IndicatorValueParser.parse(text);

        assertThat(v.recognized()).as(v.problem()).isTrue();
        assertThat(v.qualitative()).isFalse();
        assertThat(v.comparator()).isEqualTo(comparator);
        assertThat(v.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(v.unit()).isEqualTo(unit);
        assertThat(v.problem()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"按时完成", "长期", "有效降低", "提升", "逐渐提升", "逐渐提高", "全部实现", "全部承保",
            "准确无误", "合理控制", "完全符合", "有效维护", "预算成本", "高效开展", "达到预期", "控制在预算以内",
            "是否按时完成？", "按时完成。"})
    void readsTextWithoutNumbersAsQualitative(String text) {
        IndicatorValue v = IndicatorValueParser.parse(text);

        assertThat(v.recognized()).isTrue();
        assertThat(v.qualitative()).isTrue();
        assertThat(v.comparator()).isNull();
        assertThat(v.value()).isNull();
        assertThat(v.unit()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"≥**天", "≥ ** 天", "≥*天"})
    void keepsWhatItCanOfAPlaceholderAndSaysTheNumberIsMissing(String text) {
        IndicatorValue v = IndicatorValueParser.parse(text);

        assertThat(v.recognized()).isFalse();
        assertThat(v.qualitative()).isFalse();
        assertThat(v.comparator()).isEqualTo(ValueComparator.GE);
        assertThat(v.unit()).isEqualTo("天");
        assertThat(v.value()).isNull();
        assertThat(v.problem()).startsWith("指标值缺少数字");
    }

    @ParameterizedTest
    @ValueSource(strings = {"≥", "≥天", "=", "-", "**"})
    void comparatorWithoutNumberIsMissingANumber(String text) {
        IndicatorValue v = IndicatorValueParser.parse(text);

        assertThat(v.recognized()).isFalse();
        assertThat(v.problem()).startsWith("指标值缺少数字");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "　"})
    void blankIsNotFilledIn(String text) {
        assertThat(IndicatorValueParser.parse(text).problem()).isEqualTo("未填写指标值");
        assertThat(IndicatorValueParser.parse(null).recognized()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-2次", "约3.5.1次", "≥95%左右!", "第3季度", "全年12次", "应急救援95%", ".5次"})
    void numbersInProseAreNotGuessed(String text) {
        IndicatorValue v = IndicatorValueParser.parse(text);

        assertThat(v.recognized()).isFalse();
        assertThat(v.value()).isNull();
        assertThat(v.problem()).contains("无法识别指标值").contains(text.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"≥90%以下", "不少于3次以内", "覆盖率不低于90%以下", "≥覆盖率低于90%"})
    void contradictoryComparatorsAreRefused(String text) {
        IndicatorValue v = IndicatorValueParser.parse(text);

        assertThat(v.recognized()).isFalse();
        assertThat(v.problem()).contains("矛盾");
    }

    @ParameterizedTest
    @ValueSource(strings = {"≥90%以上", "不少于3次及以上", "≤5%以内"})
    void agreeingComparatorsOnBothSidesAreRead(String text) {
        assertThat(IndicatorValueParser.parse(text).recognized()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void keepsTheDecimalsAsWritten() {
        assertThat(IndicatorValueParser.parse("≤2.50万元").value()).isEqualTo(new BigDecimal("2.50"));
    }
}
