package org.jixiao.monitoring.lights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.monitoring.lights.Light.BLUE;
import static org.jixiao.monitoring.lights.Light.GREEN;
import static org.jixiao.monitoring.lights.Light.RED;
import static org.jixiao.monitoring.lights.Light.YELLOW;
import static org.jixiao.targets.ValueComparator.EQ;
import static org.jixiao.targets.ValueComparator.GE;
import static org.jixiao.targets.ValueComparator.GT;
import static org.jixiao.targets.ValueComparator.LE;
import static org.jixiao.targets.ValueComparator.LT;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.jixiao.targets.ValueComparator;
import static org.jixiao.targets.IndicatorKind.CUMULATIVE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IndicatorLightTest {
    private static final LightThresholds DEFAULTS = LightThresholds.defaults();
    /** A region with 50/70/130. */
    private static final LightThresholds REGION = new LightThresholds(new BigDecimal("50"), new BigDecimal("70"),
            new BigDecimal("50"), new BigDecimal("70"), new BigDecimal("130"), BudgetMode.TIME_ELAPSED);
    /** A region without a blue light. */
    private static final LightThresholds NO_BLUE = new LightThresholds(new BigDecimal("60"), new BigDecimal("80"),
            new BigDecimal("60"), new BigDecimal("80"), null, BudgetMode.TIME_ELAPSED);

    static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    /** comparator, 目标值, 完成值, m, expected light, expected ratio (null: none). Default thresholds. */
    static Stream<Arguments> quantitative() {
        return Stream.of(
                // higher is better, whole year (m = 12, so v = 完成值 for a target of 100): every boundary
                Arguments.of(GE, "100", "0", 12, RED, "0.00"),
                Arguments.of(GE, "100", "59.99", 12, RED, "59.99"),
                Arguments.of(GE, "100", "60", 12, YELLOW, "60.00"),
                Arguments.of(GE, "100", "79.99", 12, YELLOW, "79.99"),
                Arguments.of(GE, "100", "80", 12, GREEN, "80.00"),
                Arguments.of(GE, "100", "100", 12, GREEN, "100.00"),
                Arguments.of(GE, "100", "119.99", 12, GREEN, "119.99"),
                Arguments.of(GE, "100", "120", 12, BLUE, "120.00"),
                Arguments.of(GE, "100", "500", 12, BLUE, "500.00"),
                Arguments.of(GE, "100", "-5", 12, RED, "-5.00"),
                // the same boundaries pro-rated to m = 6 (expected 50 of 100 by June)
                Arguments.of(GE, "100", "29.995", 6, RED, "59.99"),
                Arguments.of(GE, "100", "30", 6, YELLOW, "60.00"),
                Arguments.of(GE, "100", "39.995", 6, YELLOW, "79.99"),
                Arguments.of(GE, "100", "40", 6, GREEN, "80.00"),
                Arguments.of(GE, "100", "59.995", 6, GREEN, "119.99"),
                Arguments.of(GE, "100", "60", 6, BLUE, "120.00"),
                Arguments.of(GE, "100", "0", 6, RED, "0.00"),
                // seed 001 组织专家审查次数 ≥12次 at m = 6: 6 expected
                Arguments.of(GE, "12", "6", 6, GREEN, "100.00"),
                Arguments.of(GE, "12", "3", 6, RED, "50.00"),
                Arguments.of(GE, "12", "3.6", 6, YELLOW, "60.00"),
                Arguments.of(GE, "12", "4", 6, YELLOW, "66.67"),
                Arguments.of(GE, "12", "4.8", 6, GREEN, "80.00"),
                Arguments.of(GE, "12", "7", 6, GREEN, "116.67"),
                Arguments.of(GE, "12", "7.2", 6, BLUE, "120.00"),
                Arguments.of(GE, "12", "7", 7, GREEN, "100.00"),
                Arguments.of(GE, "12", "12", 9, BLUE, "133.33"),
                Arguments.of(GE, "12", "1", 1, GREEN, "100.00"),
                // the light is decided on the rounded v the user sees
                Arguments.of(GE, "100", "59.995", 12, YELLOW, "60.00"),
                Arguments.of(GE, "100", "59.9949", 12, RED, "59.99"),
                Arguments.of(GE, "100", "79.995", 12, GREEN, "80.00"),
                Arguments.of(GE, "100", "119.995", 12, BLUE, "120.00"),
                Arguments.of(GE, "100", "119.9949", 12, GREEN, "119.99"),
                // > behaves as ≥
                Arguments.of(GT, "100", "0", 12, RED, "0.00"),
                Arguments.of(GT, "100", "59.99", 12, RED, "59.99"),
                Arguments.of(GT, "100", "60", 12, YELLOW, "60.00"),
                Arguments.of(GT, "100", "79.99", 12, YELLOW, "79.99"),
                Arguments.of(GT, "100", "80", 12, GREEN, "80.00"),
                Arguments.of(GT, "100", "119.99", 12, GREEN, "119.99"),
                Arguments.of(GT, "100", "120", 12, BLUE, "120.00"),
                Arguments.of(GT, "3", "1.5", 6, GREEN, "100.00"),
                // = is higher-is-better towards the target
                Arguments.of(EQ, "100", "0", 12, RED, "0.00"),
                Arguments.of(EQ, "100", "59.99", 12, RED, "59.99"),
                Arguments.of(EQ, "100", "60", 12, YELLOW, "60.00"),
                Arguments.of(EQ, "100", "79.99", 12, YELLOW, "79.99"),
                Arguments.of(EQ, "100", "80", 12, GREEN, "80.00"),
                Arguments.of(EQ, "100", "119.99", 12, GREEN, "119.99"),
                Arguments.of(EQ, "100", "120", 12, BLUE, "120.00"),
                Arguments.of(EQ, "3", "1.5", 6, GREEN, "100.00"),
                // zero target: nothing to pro-rate; green when already met, v undefined
                Arguments.of(GE, "0", "0", 6, GREEN, null),
                Arguments.of(GE, "0", "3", 6, GREEN, null),
                Arguments.of(GE, "0", "-1", 6, RED, null),
                Arguments.of(GT, "0", "0", 6, RED, null),
                Arguments.of(GT, "0", "0.01", 6, GREEN, null),
                Arguments.of(EQ, "0", "0", 6, GREEN, null),
                Arguments.of(EQ, "0", "1", 6, RED, null),
                Arguments.of(EQ, "0", "-1", 6, GREEN, null),
                // negative target (e.g. a change rate ≥ -5%): compared as it stands
                Arguments.of(GE, "-5", "-3", 6, GREEN, null),
                Arguments.of(GE, "-5", "-5", 6, GREEN, null),
                Arguments.of(GE, "-5", "-6", 6, RED, null),
                // lower is better: within the whole-year target or not, no pro-rating, no ratio
                Arguments.of(LE, "40", "30", 6, GREEN, null),
                Arguments.of(LE, "40", "40", 6, GREEN, null),
                Arguments.of(LE, "40", "40.01", 6, RED, null),
                Arguments.of(LE, "40", "0", 6, GREEN, null),
                Arguments.of(LE, "40", "30", 12, GREEN, null),
                Arguments.of(LE, "0", "-3", 6, GREEN, null),
                Arguments.of(LE, "0", "0", 6, GREEN, null),
                Arguments.of(LE, "0", "0.5", 6, RED, null),
                Arguments.of(LT, "48", "47.99", 6, GREEN, null),
                Arguments.of(LT, "48", "48", 6, RED, null),
                Arguments.of(LT, "48", "60", 6, RED, null),
                Arguments.of(LT, "0", "0", 6, RED, null),
                Arguments.of(LT, "0", "-0.01", 6, GREEN, null));
    }

    @ParameterizedTest(name = "{0} {1}, 完成值 {2} at m={3} → {4} ({5})")
    @MethodSource("quantitative")
    void quantitativeIndicators(ValueComparator comparator, String target, String value, int m, Light light, String ratio) {
        Reading r = IndicatorLight.of(comparator, CUMULATIVE, d(target), d(value), null, m, Likelihood.CERTAIN, null, DEFAULTS);

        assertThat(r.light()).isEqualTo(light);
        assertRatio(r, ratio);
    }

    /** A region with 50/70/130, and one without blue. */
    static Stream<Arguments> customThresholds() {
        return Stream.of(
                Arguments.of(REGION, "49.99", RED, "49.99"),
                Arguments.of(REGION, "50", YELLOW, "50.00"),
                Arguments.of(REGION, "59.99", YELLOW, "59.99"),
                Arguments.of(REGION, "69.99", YELLOW, "69.99"),
                Arguments.of(REGION, "70", GREEN, "70.00"),
                Arguments.of(REGION, "120", GREEN, "120.00"),
                Arguments.of(REGION, "129.99", GREEN, "129.99"),
                Arguments.of(REGION, "130", BLUE, "130.00"),
                Arguments.of(REGION, "0", RED, "0.00"),
                Arguments.of(NO_BLUE, "119.99", GREEN, "119.99"),
                Arguments.of(NO_BLUE, "120", GREEN, "120.00"),
                Arguments.of(NO_BLUE, "500", GREEN, "500.00"),
                Arguments.of(NO_BLUE, "59.99", RED, "59.99"));
    }

    @ParameterizedTest(name = "{0}: 完成值 {1} of 100 at m=12 → {2}")
    @MethodSource("customThresholds")
    void thresholdsAreConfiguration(LightThresholds thresholds, String value, Light light, String ratio) {
        Reading r = IndicatorLight.of(GE, CUMULATIVE, d("100"), d(value), null, 12, null, null, thresholds);

        assertThat(r.light()).isEqualTo(light);
        assertRatio(r, ratio);
    }

    /** 达成 green, 部分达成 yellow, 未达成 red; numbers are ignored for a qualitative indicator. */
    static Stream<Arguments> qualitative() {
        return Stream.of(
                Arguments.of(Achievement.ACHIEVED, null, null, GREEN),
                Arguments.of(Achievement.PARTIAL, null, null, YELLOW),
                Arguments.of(Achievement.NOT_ACHIEVED, null, null, RED),
                Arguments.of(null, null, null, null),
                Arguments.of(Achievement.ACHIEVED, "100", "0", GREEN),
                Arguments.of(Achievement.NOT_ACHIEVED, "100", "200", RED));
    }

    @ParameterizedTest(name = "定性 {0} → {3}")
    @MethodSource("qualitative")
    void qualitativeIndicators(Achievement achievement, String target, String value, Light light) {
        Reading r = IndicatorLight.of(null, null, d(target), d(value), null, 6, Likelihood.POSSIBLE, achievement, DEFAULTS);

        assertThat(r.light()).isEqualTo(light);
        assertThat(r.ratio()).isNull();
        assertThat(r.lit()).isEqualTo(light != null);
    }

    /** 完全不可能 is always red; 确定能 and 有可能 change nothing. */
    static Stream<Arguments> likelihood() {
        return Stream.of(
                Arguments.of(GE, "100", "100", null, Likelihood.IMPOSSIBLE, RED, "100.00"),
                Arguments.of(GE, "100", "150", null, Likelihood.IMPOSSIBLE, RED, "150.00"),
                Arguments.of(GE, "100", "70", null, Likelihood.IMPOSSIBLE, RED, "70.00"),
                Arguments.of(GE, "100", null, null, Likelihood.IMPOSSIBLE, RED, null),
                Arguments.of(GE, "0", "0", null, Likelihood.IMPOSSIBLE, RED, null),
                Arguments.of(LE, "40", "30", null, Likelihood.IMPOSSIBLE, RED, null),
                Arguments.of(null, null, null, Achievement.ACHIEVED, Likelihood.IMPOSSIBLE, RED, null),
                Arguments.of(null, null, null, null, Likelihood.IMPOSSIBLE, RED, null),
                Arguments.of(GE, "100", "100", null, Likelihood.POSSIBLE, GREEN, "100.00"),
                Arguments.of(GE, "100", "150", null, Likelihood.POSSIBLE, BLUE, "150.00"),
                Arguments.of(GE, "100", "50", null, Likelihood.CERTAIN, RED, "50.00"),
                Arguments.of(GE, "100", "70", null, null, YELLOW, "70.00"),
                Arguments.of(null, null, null, Achievement.PARTIAL, Likelihood.POSSIBLE, YELLOW, null),
                Arguments.of(null, null, null, Achievement.NOT_ACHIEVED, Likelihood.CERTAIN, RED, null));
    }

    @ParameterizedTest(name = "{0} {1}, 完成值 {2}, {3}, {4} → {5}")
    @MethodSource("likelihood")
    void likelihoodOverrides(ValueComparator comparator, String target, String value, Achievement achievement,
                             Likelihood likelihood, Light light, String ratio) {
        Reading r = IndicatorLight.of(comparator, CUMULATIVE, d(target), d(value), null, 12, likelihood, achievement, DEFAULTS);

        assertThat(r.light()).isEqualTo(light);
        assertRatio(r, ratio);
    }

    /** Nothing to judge yet: no value to date, or a target value that could not be read (≥**天). */
    static Stream<Arguments> unlit() {
        return Stream.of(
                Arguments.of(GE, "100", null),
                Arguments.of(GT, "100", null),
                Arguments.of(EQ, "100", null),
                Arguments.of(LE, "40", null),
                Arguments.of(LT, "48", null),
                Arguments.of(GE, null, "5"),
                Arguments.of(LE, null, "5"),
                Arguments.of(GE, "0", null));
    }

    @ParameterizedTest(name = "{0} {1}, 完成值 {2} → no light yet")
    @MethodSource("unlit")
    void noLightWithoutNumbers(ValueComparator comparator, String target, String value) {
        Reading r = IndicatorLight.of(comparator, CUMULATIVE, d(target), d(value), null, 6, Likelihood.CERTAIN, null, DEFAULTS);

        assertThat(r).isEqualTo(Reading.UNLIT);
        assertThat(r.lit()).isFalse();
    }

    @Test
    void anAchievementDoesNotColourAQuantitativeIndicator() {
        Reading r = IndicatorLight.of(GE, CUMULATIVE, d("100"), d("10"), null, 12, null, Achievement.ACHIEVED, DEFAULTS);

        assertThat(r.light()).isEqualTo(RED);
    }

    @Test
    void refusesAnInvalidThresholdSetOrCutoffMonth() {
        LightThresholds broken = new LightThresholds(d("80"), d("60"), d("60"), d("80"), d("120"), BudgetMode.TIME_ELAPSED);

        assertThatThrownBy(() -> IndicatorLight.of(GE, CUMULATIVE, d("100"), d("50"), null, 6, null, null, broken))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("预警阈值配置有误");
        assertThatThrownBy(() -> IndicatorLight.of(GE, CUMULATIVE, d("100"), d("50"), null, 0, null, null, DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndicatorLight.of(GE, CUMULATIVE, d("100"), d("50"), null, 13, null, null, DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndicatorLight.of(GE, CUMULATIVE, d("100"), d("50"), null, 6, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    static void assertRatio(Reading r, String ratio) {
        if (ratio == null) {
            assertThat(r.ratio()).isNull();
        } else {
            assertThat(r.ratio()).isEqualByComparingTo(ratio);
            assertThat(r.ratio().scale()).isEqualTo(2);
        }
    }
}
