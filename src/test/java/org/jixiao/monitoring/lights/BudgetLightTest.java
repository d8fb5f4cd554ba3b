package org.jixiao.monitoring.lights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.monitoring.lights.IndicatorLightTest.assertRatio;
import static org.jixiao.monitoring.lights.IndicatorLightTest.d;
import static org.jixiao.monitoring.lights.Light.GREEN;
import static org.jixiao.monitoring.lights.Light.RED;
import static org.jixiao.monitoring.lights.Light.YELLOW;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.targets.SpendingPlanPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BudgetLightTest {
    private static final LightThresholds BY_TIME = LightThresholds.defaults();
    private static final LightThresholds BY_PLAN = LightThresholds.defaults().withBudgetMode(BudgetMode.SPENDING_PLAN);
    private static final LightThresholds REGION = new LightThresholds(d("50"), d("70"), d("50"), d("70"), d("130"),
            BudgetMode.TIME_ELAPSED);

    /** Seed 001's 安全生产专家会诊服务费: 200 万元, 3月 25%, 6月 50%, 10月 75%, 12月 100%. */
    static final List<SpendingPlanPoint> PLAN = List.of(point(3, "25"), point(6, "50"), point(10, "75"), point(12, "100"));

    static SpendingPlanPoint point(int month, String percent) {
        return new SpendingPlanPoint(month, d(percent));
    }

    /** 预算数, 执行数, m → light, v; v = (执行数/预算数)/(m/12)×100. */
    static Stream<Arguments> timeElapsed() {
        return Stream.of(
                // whole year: v is the execution rate
                Arguments.of("100", "0", 12, RED, "0.00"),
                Arguments.of("100", "59.99", 12, RED, "59.99"),
                Arguments.of("100", "60", 12, YELLOW, "60.00"),
                Arguments.of("100", "79.99", 12, YELLOW, "79.99"),
                Arguments.of("100", "80", 12, GREEN, "80.00"),
                Arguments.of("100", "100", 12, GREEN, "100.00"),
                Arguments.of("100", "119.99", 12, GREEN, "119.99"),
                Arguments.of("100", "120", 12, GREEN, "120.00"),
                Arguments.of("100", "150", 12, GREEN, "150.00"),
                Arguments.of("100", "-5", 12, RED, "-5.00"),
                // half year: 50 expected
                Arguments.of("100", "29.995", 6, RED, "59.99"),
                Arguments.of("100", "30", 6, YELLOW, "60.00"),
                Arguments.of("100", "39.995", 6, YELLOW, "79.99"),
                Arguments.of("100", "40", 6, GREEN, "80.00"),
                Arguments.of("100", "59.995", 6, GREEN, "119.99"),
                Arguments.of("100", "60", 6, GREEN, "120.00"),
                Arguments.of("200.00", "59.99", 6, RED, "59.99"),
                Arguments.of("200.00", "60.00", 6, YELLOW, "60.00"),
                Arguments.of("200.00", "80.00", 6, GREEN, "80.00"),
                // other cut-off months regions use
                Arguments.of("120", "49", 7, YELLOW, "70.00"),
                Arguments.of("120", "56", 7, GREEN, "80.00"),
                Arguments.of("200.00", "100.00", 8, YELLOW, "75.00"),
                Arguments.of("200.00", "106.65", 8, YELLOW, "79.99"),
                Arguments.of("200.00", "106.67", 8, GREEN, "80.00"),
                Arguments.of("1377.88", "620.05", 9, YELLOW, "60.00"),
                Arguments.of("100", "5", 1, YELLOW, "60.00"),
                Arguments.of("100", "6.67", 1, GREEN, "80.04"),
                Arguments.of("100", "4.99", 1, RED, "59.88"),
                // rounded once, then judged: 59.995 shows as 60.00 and is yellow
                Arguments.of("100", "59.995", 12, YELLOW, "60.00"),
                Arguments.of("100", "59.9949", 12, RED, "59.99"),
                Arguments.of("100", "79.995", 12, GREEN, "80.00"),
                Arguments.of("100", "79.9949", 12, YELLOW, "79.99"));
    }

    @ParameterizedTest(name = "预算 {0}, 执行 {1}, m={2} → {3} ({4})")
    @MethodSource("timeElapsed")
    void againstTimeElapsed(String budget, String executed, int m, Light light, String ratio) {
        Reading r = BudgetLight.of(d(budget), d(executed), m, PLAN, BY_TIME);

        assertThat(r.light()).isEqualTo(light);
        assertRatio(r, ratio);
    }

    /** 预算数, 执行数, m → light, v against seed 001's plan (last plan point at or before m, no interpolation). */
    static Stream<Arguments> spendingPlan() {
        return Stream.of(
                // m = 6: plan 50%
                Arguments.of("200.00", "0", 6, RED, "0.00"),
                Arguments.of("200.00", "59.99", 6, RED, "59.99"),
                Arguments.of("200.00", "60.00", 6, YELLOW, "60.00"),
                Arguments.of("200.00", "79.99", 6, YELLOW, "79.99"),
                Arguments.of("200.00", "80.00", 6, GREEN, "80.00"),
                Arguments.of("200.00", "119.99", 6, GREEN, "119.99"),
                Arguments.of("200.00", "120.00", 6, GREEN, "120.00"),
                // m = 8 still expects 6月's 50% (time elapsed would expect 66.67%: see the contrast test)
                Arguments.of("200.00", "100.00", 8, GREEN, "100.00"),
                Arguments.of("200.00", "59.99", 8, RED, "59.99"),
                Arguments.of("200.00", "60.00", 8, YELLOW, "60.00"),
                // m = 3: 25%; m = 4 and 5 too
                Arguments.of("200.00", "30.00", 3, YELLOW, "60.00"),
                Arguments.of("200.00", "29.99", 3, RED, "59.98"),
                Arguments.of("200.00", "40.00", 5, GREEN, "80.00"),
                // m = 10: 75%; m = 11 too; m = 12: 100%
                Arguments.of("200.00", "120.00", 10, GREEN, "80.00"),
                Arguments.of("200.00", "119.99", 11, YELLOW, "79.99"),
                Arguments.of("200.00", "159.98", 12, YELLOW, "79.99"),
                Arguments.of("200.00", "160.00", 12, GREEN, "80.00"),
                // nothing planned before March: the unit cannot be behind its own plan
                Arguments.of("200.00", "0", 2, GREEN, null),
                Arguments.of("200.00", "0", 1, GREEN, null),
                Arguments.of("200.00", "10.00", 2, GREEN, null));
    }

    @ParameterizedTest(name = "预算 {0}, 执行 {1}, m={2} vs plan → {3} ({4})")
    @MethodSource("spendingPlan")
    void againstTheSpendingPlan(String budget, String executed, int m, Light light, String ratio) {
        Reading r = BudgetLight.of(d(budget), d(executed), m, PLAN, BY_PLAN);

        assertThat(r.light()).isEqualTo(light);
        assertRatio(r, ratio);
    }

    @Test
    void theTwoModesDifferWhereThePlanLagsTheCalendar() {
        assertThat(BudgetLight.of(d("200.00"), d("100.00"), 8, PLAN, BY_TIME)).isEqualTo(new Reading(YELLOW, d("75.00")));
        assertThat(BudgetLight.of(d("200.00"), d("100.00"), 8, PLAN, BY_PLAN)).isEqualTo(new Reading(GREEN, d("100.00")));
        // a plan ahead of the calendar (80% by June) is stricter than time elapsed
        List<SpendingPlanPoint> early = List.of(point(6, "80"), point(12, "100"));
        assertThat(BudgetLight.of(d("100"), d("50"), 6, early, BY_TIME).light()).isEqualTo(GREEN);
        assertThat(BudgetLight.of(d("100"), d("50"), 6, early, BY_PLAN)).isEqualTo(new Reading(YELLOW, d("62.50")));
    }

    /** plan, m → the % expected by the end of month m. */
    static Stream<Arguments> plannedPercent() {
        List<SpendingPlanPoint> unsorted = List.of(point(12, "100"), point(3, "25"), point(10, "75"), point(6, "50"));
        List<SpendingPlanPoint> withGaps = new ArrayList<>(Arrays.asList(null, point(6, "50"), new SpendingPlanPoint(9, null),
                point(12, "100")));
        return Stream.of(
                Arguments.of(PLAN, 1, "0"), Arguments.of(PLAN, 2, "0"), Arguments.of(PLAN, 3, "25"),
                Arguments.of(PLAN, 5, "25"), Arguments.of(PLAN, 6, "50"), Arguments.of(PLAN, 7, "50"),
                Arguments.of(PLAN, 9, "50"), Arguments.of(PLAN, 10, "75"), Arguments.of(PLAN, 11, "75"),
                Arguments.of(PLAN, 12, "100"),
                Arguments.of(unsorted, 8, "50"), Arguments.of(unsorted, 11, "75"),
                Arguments.of(withGaps, 10, "50"), Arguments.of(withGaps, 5, "0"),
                Arguments.of(List.of(), 6, "0"), Arguments.of(null, 6, "0"));
    }

    @ParameterizedTest(name = "{0} at m={1} → {2}%")
    @MethodSource("plannedPercent")
    void readsThePlanAsSteps(List<SpendingPlanPoint> plan, int m, String percent) {
        assertThat(BudgetLight.plannedPercent(plan, m)).isEqualByComparingTo(percent);
    }

    @Test
    void aPlanOfZeroByTheCutoffExpectsNothingYet() {
        List<SpendingPlanPoint> lateStart = List.of(point(6, "0"), point(9, "60"), point(12, "100"));

        assertThat(BudgetLight.of(d("100"), d("0"), 6, lateStart, BY_PLAN)).isEqualTo(new Reading(GREEN, null));
        assertThat(BudgetLight.of(d("100"), d("35.99"), 9, lateStart, BY_PLAN)).isEqualTo(new Reading(RED, d("59.98")));
    }

    @Test
    void withoutASpendingPlanTheBudgetIsComparedWithTimeElapsed() {
        List<SpendingPlanPoint> onlyBlanks = Arrays.asList(null, new SpendingPlanPoint(6, null));
        Reading byTime = new Reading(YELLOW, d("75.00"));

        assertThat(BudgetLight.of(d("200.00"), d("100.00"), 8, List.of(), BY_PLAN)).isEqualTo(byTime);
        assertThat(BudgetLight.of(d("200.00"), d("100.00"), 8, null, BY_PLAN)).isEqualTo(byTime);
        assertThat(BudgetLight.of(d("200.00"), d("100.00"), 8, onlyBlanks, BY_PLAN)).isEqualTo(byTime);
        assertThat(BudgetLight.of(d("200.00"), d("100.00"), 8, null, BY_TIME)).isEqualTo(byTime);
    }

    /** No money to spend: nothing can lag behind, in either mode. */
    static Stream<Arguments> zeroBudget() {
        return Stream.of(
                Arguments.of("0", "0", BY_TIME), Arguments.of("0.00", "0", BY_PLAN),
                Arguments.of("0", "5", BY_TIME), Arguments.of(null, "0", BY_TIME), Arguments.of(null, "3", BY_PLAN),
                Arguments.of("-1", "0", BY_TIME));
    }

    @ParameterizedTest(name = "预算 {0}, 执行 {1} → green, no ratio")
    @MethodSource("zeroBudget")
    void zeroBudgetIsGreenWithoutARatio(String budget, String executed, LightThresholds thresholds) {
        assertThat(BudgetLight.of(d(budget), d(executed), 6, PLAN, thresholds)).isEqualTo(new Reading(GREEN, null));
    }

    @Test
    void noExecutionReportedYetIsUnlit() {
        assertThat(BudgetLight.of(d("200.00"), null, 6, PLAN, BY_TIME)).isEqualTo(Reading.UNLIT);
        assertThat(BudgetLight.of(d("200.00"), null, 6, PLAN, BY_PLAN)).isEqualTo(Reading.UNLIT);
        assertThat(BudgetLight.of(d("0"), null, 6, PLAN, BY_PLAN)).isEqualTo(Reading.UNLIT);
    }

    /** A region with 50/70 for the budget. */
    static Stream<Arguments> customThresholds() {
        return Stream.of(
                Arguments.of("49.99", RED), Arguments.of("50", YELLOW), Arguments.of("59.99", YELLOW),
                Arguments.of("69.99", YELLOW), Arguments.of("70", GREEN), Arguments.of("130", GREEN));
    }

    @ParameterizedTest(name = "region 50/70: 执行 {0} of 100 at m=12 → {1}")
    @MethodSource("customThresholds")
    void thresholdsAreConfiguration(String executed, Light light) {
        assertThat(BudgetLight.of(d("100"), d(executed), 12, null, REGION).light()).isEqualTo(light);
        assertThat(BudgetLight.of(d("200"), d(executed).multiply(d("2")), 12, List.of(point(12, "100")),
                REGION.withBudgetMode(BudgetMode.SPENDING_PLAN)).light()).isEqualTo(light);
    }

    static Stream<Arguments> executionRate() {
        return Stream.of(
                Arguments.of("200.00", "59.99", "30.00"), Arguments.of("3", "1", "33.33"), Arguments.of("3", "2", "66.67"),
                Arguments.of("100", "0", "0.00"), Arguments.of("100", "120", "120.00"),
                Arguments.of("0", "5", null), Arguments.of(null, "5", null), Arguments.of("100", null, null));
    }

    @ParameterizedTest(name = "预算执行率 {1}/{0} → {2}")
    @MethodSource("executionRate")
    void executionRate(String budget, String executed, String rate) {
        BigDecimal r = BudgetLight.executionRate(d(budget), d(executed));
        if (rate == null) {
            assertThat(r).isNull();
        } else {
            assertThat(r).isEqualByComparingTo(rate);
            assertThat(r.scale()).isEqualTo(2);
        }
    }

    @Test
    void refusesAnInvalidThresholdSetOrCutoffMonth() {
        LightThresholds broken = LightThresholds.defaults().withBudgetMode(null);

        assertThatThrownBy(() -> BudgetLight.of(d("100"), d("50"), 6, PLAN, broken))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("比较方式");
        assertThatThrownBy(() -> BudgetLight.of(d("100"), d("50"), 0, PLAN, BY_TIME)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BudgetLight.of(d("100"), d("50"), 13, PLAN, BY_TIME)).isInstanceOf(IllegalArgumentException.class);
    }
}
