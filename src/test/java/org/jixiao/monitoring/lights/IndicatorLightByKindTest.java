package org.jixiao.monitoring.lights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.monitoring.lights.IndicatorLightTest.assertRatio;
import static org.jixiao.monitoring.lights.IndicatorLightTest.d;
import static org.jixiao.monitoring.lights.Light.BLUE;
import static org.jixiao.monitoring.lights.Light.GREEN;
import static org.jixiao.monitoring.lights.Light.RED;
import static org.jixiao.monitoring.lights.Light.YELLOW;
import static org.jixiao.targets.IndicatorKind.CUMULATIVE;
import static org.jixiao.targets.IndicatorKind.LEVEL;
import static org.jixiao.targets.ValueComparator.EQ;
import static org.jixiao.targets.ValueComparator.GE;
import static org.jixiao.targets.ValueComparator.GT;
import static org.jixiao.targets.ValueComparator.LE;
import static org.jixiao.targets.ValueComparator.LT;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.jixiao.targets.IndicatorKind;
import org.jixiao.targets.ValueComparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 累计型 vs 状态型 (docs/rules.md §2) and the 全年预计完成值 rule. {@link IndicatorLightTest} holds the 累计型 boundaries
 * pro-rated by m/12; here the 状态型 ones (no pro-rating, never blue), the figures of issue 12 read both ways,
 * and the forecast at every boundary of every comparator.
 */
class IndicatorLightByKindTest {
    private static final LightThresholds DEFAULTS = LightThresholds.defaults();
    private static final LightThresholds REGION = new LightThresholds(d("50"), d("70"), d("50"), d("70"), d("130"),
            BudgetMode.TIME_ELAPSED);

    /** 状态型: comparator, 目标值, 完成值, m, light, ratio. */
    static Stream<Arguments> level() {
        return Stream.of(
                // every band boundary against 100, at mid-year: m plays no part
                Arguments.of(GE, "100", "0", 6, RED, "0.00"),
                Arguments.of(GE, "100", "59.99", 6, RED, "59.99"),
                Arguments.of(GE, "100", "60", 6, YELLOW, "60.00"),
                Arguments.of(GE, "100", "79.99", 6, YELLOW, "79.99"),
                Arguments.of(GE, "100", "80", 6, GREEN, "80.00"),
                Arguments.of(GE, "100", "100", 6, GREEN, "100.00"),
                Arguments.of(GE, "100", "119.99", 6, GREEN, "119.99"),
                Arguments.of(GE, "100", "120", 6, GREEN, "120.00"),
                Arguments.of(GE, "100", "500", 6, GREEN, "500.00"),
                Arguments.of(GE, "100", "-1", 6, RED, "-1.00"),
                // a 95% target, rounded v decides (56.995/95 = 59.994…%, 57/95 = 60.00%)
                Arguments.of(GE, "95", "56.99", 6, RED, "59.99"),
                Arguments.of(GE, "95", "57", 6, YELLOW, "60.00"),
                Arguments.of(GE, "95", "75.99", 6, YELLOW, "79.99"),
                Arguments.of(GE, "95", "76", 6, GREEN, "80.00"),
                Arguments.of(GE, "95", "95", 6, GREEN, "100.00"),
                Arguments.of(GE, "95", "100", 6, GREEN, "105.26"),
                // issue 12's figures at month 10: on target is green, not blue
                Arguments.of(GE, "95", "96", 10, GREEN, "101.05"),
                Arguments.of(GE, "90", "92", 10, GREEN, "102.22"),
                Arguments.of(GE, "90", "93", 10, GREEN, "103.33"),
                // the same rate at any month
                Arguments.of(GE, "95", "96", 1, GREEN, "101.05"),
                Arguments.of(GE, "95", "96", 12, GREEN, "101.05"),
                Arguments.of(GE, "95", "47.5", 6, RED, "50.00"),
                // > and = read as ≥
                Arguments.of(GT, "90", "53.99", 6, RED, "59.99"),
                Arguments.of(GT, "90", "54", 6, YELLOW, "60.00"),
                Arguments.of(GT, "90", "72", 6, GREEN, "80.00"),
                Arguments.of(GT, "90", "108", 6, GREEN, "120.00"),
                Arguments.of(EQ, "100", "59.99", 6, RED, "59.99"),
                Arguments.of(EQ, "100", "60", 6, YELLOW, "60.00"),
                Arguments.of(EQ, "100", "79.99", 6, YELLOW, "79.99"),
                Arguments.of(EQ, "100", "80", 6, GREEN, "80.00"),
                Arguments.of(EQ, "100", "100", 6, GREEN, "100.00"),
                Arguments.of(EQ, "100", "120", 6, GREEN, "120.00"),
                // zero and negative targets: met or not, as for 累计型
                Arguments.of(GE, "0", "0", 6, GREEN, null),
                Arguments.of(GE, "-5", "-6", 6, RED, null),
                Arguments.of(EQ, "0", "0", 6, GREEN, null),
                Arguments.of(EQ, "0", "0.01", 6, RED, null),
                Arguments.of(GT, "0", "0", 6, RED, null),
                // lower is better: the rate itself against the cap (安全生产事故发生率 ≤8%)
                Arguments.of(LE, "8", "0", 6, GREEN, null),
                Arguments.of(LE, "8", "7.99", 6, GREEN, null),
                Arguments.of(LE, "8", "8", 6, GREEN, null),
                Arguments.of(LE, "8", "8.01", 6, RED, null),
                Arguments.of(LT, "8", "7.99", 6, GREEN, null),
                Arguments.of(LT, "8", "8", 6, RED, null));
    }

    @ParameterizedTest(name = "状态型 {0} {1}, 完成值 {2} at m={3} → {4} ({5})")
    @MethodSource("level")
    void levelIndicatorsAreComparedDirectly(ValueComparator comparator, String target, String value, int m,
                                            Light light, String ratio) {
        Reading r = IndicatorLight.of(comparator, LEVEL, d(target), d(value), null, m, Likelihood.CERTAIN, null, DEFAULTS);

        assertThat(r.light()).isEqualTo(light);
        assertRatio(r, ratio);
    }

    /** The same figures, read as each kind: comparator, 目标值, 完成值, m, 累计型 light and ratio, 状态型 light and ratio. */
    static Stream<Arguments> bothKinds() {
        return Stream.of(
                // issue 12: what the pro-rating did to rates at month 10
                Arguments.of(GE, "95", "96", 10, BLUE, "121.26", GREEN, "101.05"),
                Arguments.of(GE, "90", "92", 10, BLUE, "122.67", GREEN, "102.22"),
                Arguments.of(GE, "90", "93", 10, BLUE, "124.00", GREEN, "103.33"),
                // a mid-year count of 6 of 12 is on schedule; a rate of 6% against 12% is not
                Arguments.of(GE, "12", "6", 6, GREEN, "100.00", RED, "50.00"),
                Arguments.of(GE, "12", "4.8", 6, GREEN, "80.00", RED, "40.00"),
                Arguments.of(GE, "12", "7.2", 6, BLUE, "120.00", YELLOW, "60.00"),
                Arguments.of(GE, "12", "12", 12, GREEN, "100.00", GREEN, "100.00"),
                Arguments.of(GE, "12", "14.4", 12, BLUE, "120.00", GREEN, "120.00"),
                // lower is better reads alike
                Arguments.of(LE, "40", "30", 6, GREEN, null, GREEN, null),
                Arguments.of(LE, "40", "40.01", 6, RED, null, RED, null));
    }

    @ParameterizedTest(name = "{0} {1}, 完成值 {2} at m={3}: 累计型 {4} ({5}), 状态型 {6} ({7})")
    @MethodSource("bothKinds")
    void theKindDecidesProRating(ValueComparator comparator, String target, String value, int m,
                                  Light cumulative, String cumulativeRatio, Light level, String levelRatio) {
        Reading c = IndicatorLight.of(comparator, CUMULATIVE, d(target), d(value), null, m, null, null, DEFAULTS);
        Reading l = IndicatorLight.of(comparator, LEVEL, d(target), d(value), null, m, null, null, DEFAULTS);

        assertThat(c.light()).isEqualTo(cumulative);
        assertRatio(c, cumulativeRatio);
        assertThat(l.light()).isEqualTo(level);
        assertRatio(l, levelRatio);
    }

    /** Region 50/70/130: 状态型 is never blue, whatever the blue line. */
    static Stream<Arguments> levelWithRegionalThresholds() {
        return Stream.of(
                Arguments.of("49.99", RED), Arguments.of("50", YELLOW), Arguments.of("69.99", YELLOW),
                Arguments.of("70", GREEN), Arguments.of("129.99", GREEN), Arguments.of("130", GREEN),
                Arguments.of("300", GREEN));
    }

    @ParameterizedTest(name = "状态型, region 50/70/130: 完成值 {0} of 100 → {1}")
    @MethodSource("levelWithRegionalThresholds")
    void levelUsesTheRegionsLines(String value, Light light) {
        assertThat(IndicatorLight.of(GE, LEVEL, d("100"), d(value), null, 6, null, null, REGION).light())
                .isEqualTo(light);
        Light cumulativeAtYearEnd = IndicatorLight.of(GE, CUMULATIVE, d("100"), d(value), null, 12, null, null, REGION)
                .light();
        assertThat(cumulativeAtYearEnd).isEqualTo(new BigDecimal(value).compareTo(d("130")) >= 0 ? BLUE : light);
    }

    /**
     * 全年预计完成值: kind, comparator, 目标值, 完成值, m, forecast, light, ratio (the forecast never changes it).
     */
    static Stream<Arguments> forecast() {
        return Stream.of(
                // ≥12次 at m = 6: on schedule; the forecast decides between green and yellow
                Arguments.of(CUMULATIVE, GE, "12", "6", 6, null, GREEN, "100.00"),
                Arguments.of(CUMULATIVE, GE, "12", "6", 6, "12", GREEN, "100.00"),
                Arguments.of(CUMULATIVE, GE, "12", "6", 6, "13", GREEN, "100.00"),
                Arguments.of(CUMULATIVE, GE, "12", "6", 6, "11.99", YELLOW, "100.00"),
                Arguments.of(CUMULATIVE, GE, "12", "6", 6, "0", YELLOW, "100.00"),
                // ahead (blue) but expecting to miss: yellow outranks blue
                Arguments.of(CUMULATIVE, GE, "12", "7.2", 6, "11", YELLOW, "120.00"),
                Arguments.of(CUMULATIVE, GE, "12", "7.2", 6, "12", BLUE, "120.00"),
                // already yellow or red stays so
                Arguments.of(CUMULATIVE, GE, "12", "4", 6, "12", YELLOW, "66.67"),
                Arguments.of(CUMULATIVE, GE, "12", "4", 6, "8", YELLOW, "66.67"),
                Arguments.of(CUMULATIVE, GE, "12", "2", 6, "9", RED, "33.33"),
                Arguments.of(CUMULATIVE, GE, "12", "2", 6, "12", RED, "33.33"),
                // > needs more than the target
                Arguments.of(CUMULATIVE, GT, "3", "1.5", 6, "3", YELLOW, "100.00"),
                Arguments.of(CUMULATIVE, GT, "3", "1.5", 6, "3.01", GREEN, "100.00"),
                // = towards a positive target: short below it, not above it
                Arguments.of(LEVEL, EQ, "100", "100", 6, "99.99", YELLOW, "100.00"),
                Arguments.of(LEVEL, EQ, "100", "100", 6, "100", GREEN, "100.00"),
                Arguments.of(LEVEL, EQ, "100", "100", 6, "101", GREEN, "100.00"),
                // = 0 (安全事故 =0 起): any forecast above 0 misses it
                Arguments.of(CUMULATIVE, EQ, "0", "0", 6, "0", GREEN, null),
                Arguments.of(CUMULATIVE, EQ, "0", "0", 6, "1", YELLOW, null),
                // caps: a forecast over the cap warns while the value to date is still within it
                Arguments.of(CUMULATIVE, LE, "40", "30", 6, "40", GREEN, null),
                Arguments.of(CUMULATIVE, LE, "40", "30", 6, "40.01", YELLOW, null),
                Arguments.of(CUMULATIVE, LE, "40", "41", 6, "50", RED, null),
                Arguments.of(LEVEL, LT, "8", "5", 6, "7.99", GREEN, null),
                Arguments.of(LEVEL, LT, "8", "5", 6, "8", YELLOW, null),
                // 状态型 rate: on target now, expecting to slip below it by December
                Arguments.of(LEVEL, GE, "95", "96", 10, "95", GREEN, "101.05"),
                Arguments.of(LEVEL, GE, "95", "96", 10, "94.99", YELLOW, "101.05"),
                Arguments.of(LEVEL, GE, "95", "50", 6, "94", RED, "52.63"));
    }

    @ParameterizedTest(name = "{0} {1} {2}, 完成值 {3} at m={4}, 预计 {5} → {6}")
    @MethodSource("forecast")
    void aForecastShortOfTheTargetIsAtLeastYellow(IndicatorKind kind, ValueComparator comparator, String target,
                                                  String value, int m, String forecast, Light light, String ratio) {
        Reading r = IndicatorLight.of(comparator, kind, d(target), d(value), d(forecast), m, Likelihood.POSSIBLE, null,
                DEFAULTS);

        assertThat(r.light()).isEqualTo(light);
        assertRatio(r, ratio);
    }

    @Test
    void aForecastAloneLightsNothingAndDoesNotOverrideImpossible() {
        assertThat(IndicatorLight.of(GE, LEVEL, d("95"), null, d("50"), 6, null, null, DEFAULTS))
                .isEqualTo(Reading.UNLIT);
        assertThat(IndicatorLight.of(GE, CUMULATIVE, d("12"), d("6"), d("12"), 6, Likelihood.IMPOSSIBLE, null,
                DEFAULTS).light()).isEqualTo(RED);
        // qualitative indicators have no numbers to forecast
        assertThat(IndicatorLight.of(null, null, null, null, d("1"), 6, null, Achievement.ACHIEVED, DEFAULTS)
                .light()).isEqualTo(GREEN);
    }

    @Test
    void aQuantitativeIndicatorNeedsAKind() {
        assertThatThrownBy(() -> IndicatorLight.of(GE, null, d("95"), d("96"), null, 6, null, null, DEFAULTS))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("kind");
    }
}
