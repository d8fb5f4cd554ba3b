package org.jixiao.monitoring.lights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.monitoring.lights.IndicatorLightTest.d;

import java.util.List;
import java.util.stream.Stream;
import org.jixiao.common.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LightThresholdsTest {

    static LightThresholds t(String budgetRed, String budgetGreen, String red, String green, String blue) {
        return new LightThresholds(d(budgetRed), d(budgetGreen), d(red), d(green), d(blue), BudgetMode.TIME_ELAPSED);
    }

    @Test
    void defaultsAreTheProvincialOnes() {
        LightThresholds t = LightThresholds.defaults();

        assertThat(t.budgetRedBelow()).isEqualByComparingTo("60");
        assertThat(t.budgetGreenFrom()).isEqualByComparingTo("80");
        assertThat(t.indicatorRedBelow()).isEqualByComparingTo("60");
        assertThat(t.indicatorGreenFrom()).isEqualByComparingTo("80");
        assertThat(t.indicatorBlueFrom()).isEqualByComparingTo("120");
        assertThat(t.budgetMode()).isEqualTo(BudgetMode.TIME_ELAPSED);
        assertThat(t.violations()).isEmpty();
    }

    static Stream<LightThresholds> valid() {
        return Stream.of(
                LightThresholds.defaults(),
                LightThresholds.defaults().withBudgetMode(BudgetMode.SPENDING_PLAN),
                t("50", "70", "50", "70", "130"),
                t("60", "80", "60", "80", null),
                t("99.99", "100", "0.01", "100", "100.01"),
                t("60.5", "80.25", "60.50", "80.00", "120.0"));
    }

    @ParameterizedTest
    @MethodSource("valid")
    void acceptsSensibleSets(LightThresholds thresholds) {
        assertThat(thresholds.violations()).isEmpty();
    }

    /** One mistake each → the field and the Chinese message the ADMIN sees. */
    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(t(null, "80", "60", "80", "120"), "budgetRedBelow", "请填写预算执行红灯线（%）"),
                Arguments.of(t("60", null, "60", "80", "120"), "budgetGreenFrom", "请填写预算执行绿灯线（%）"),
                Arguments.of(t("60", "80", null, "80", "120"), "indicatorRedBelow", "请填写指标红灯线（%）"),
                Arguments.of(t("60", "80", "60", null, "120"), "indicatorGreenFrom", "请填写指标绿灯线（%）"),
                Arguments.of(t("0", "80", "60", "80", "120"), "budgetRedBelow", "预算执行红灯线应大于 0%，现为 0%"),
                Arguments.of(t("-10", "80", "60", "80", "120"), "budgetRedBelow", "预算执行红灯线应大于 0%，现为 -10%"),
                Arguments.of(t("60", "80", "60", "80", "0"), "indicatorBlueFrom", "指标蓝灯线应大于 0%，现为 0%"),
                Arguments.of(t("60", "80", "60.125", "80", "120"), "indicatorRedBelow", "指标红灯线最多保留两位小数，现为 60.125%"),
                Arguments.of(t("80", "80", "60", "80", "120"), "budgetGreenFrom",
                        "预算执行绿灯线（80%）应高于红灯线（80%），两者之间为黄灯"),
                Arguments.of(t("90", "80", "60", "80", "120"), "budgetGreenFrom",
                        "预算执行绿灯线（80%）应高于红灯线（90%），两者之间为黄灯"),
                Arguments.of(t("60", "80", "80", "60", "120"), "indicatorGreenFrom",
                        "指标绿灯线（60%）应高于红灯线（80%），两者之间为黄灯"),
                Arguments.of(t("60", "100.5", "60", "80", "120"), "budgetGreenFrom",
                        "预算执行绿灯线（100.5%）不能高于 100%：按进度完成应亮绿灯"),
                Arguments.of(t("60", "80", "60", "110", "120"), "indicatorGreenFrom",
                        "指标绿灯线（110%）不能高于 100%：按进度完成应亮绿灯"),
                Arguments.of(t("60", "80", "60", "80", "100"), "indicatorBlueFrom",
                        "指标蓝灯线（100%）应高于 100%：按进度完成不算目标定得偏低"),
                Arguments.of(t("60", "80", "60", "80", "90"), "indicatorBlueFrom",
                        "指标蓝灯线（90%）应高于 100%：按进度完成不算目标定得偏低"),
                Arguments.of(t("60", "80", "60", "130", "120"), "indicatorBlueFrom", "指标蓝灯线（120%）应高于绿灯线（130%）"),
                Arguments.of(LightThresholds.defaults().withBudgetMode(null), "budgetMode",
                        "请选择预算执行的比较方式：按时间进度或按资金支出计划"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("invalid")
    void explainsEachMistakeOnItsField(LightThresholds thresholds, String field, String message) {
        assertThat(thresholds.violations()).contains(new FieldViolation(field, message));
    }

    @Test
    void reportsEveryMistakeAtOnce() {
        LightThresholds empty = new LightThresholds(null, null, null, null, null, null);

        assertThat(empty.violations()).extracting(FieldViolation::field)
                .containsExactly("budgetRedBelow", "budgetGreenFrom", "indicatorRedBelow", "indicatorGreenFrom", "budgetMode");
        assertThat(t("90", "80", "0", "150", "100").violations()).extracting(FieldViolation::field)
                .containsExactly("budgetGreenFrom", "indicatorRedBelow", "indicatorGreenFrom", "indicatorBlueFrom");
    }

    @Test
    void aSingleMistakeGivesASingleMessage() {
        List<FieldViolation> v = t("90", "80", "60", "80", "120").violations();

        assertThat(v).hasSize(1);
    }
}
