package org.jixiao.monitoring.lights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.monitoring.lights.IndicatorLightTest.d;
import static org.jixiao.monitoring.lights.Light.GREEN;
import static org.jixiao.monitoring.lights.Light.YELLOW;

import java.util.List;
import java.util.stream.Stream;
import org.jixiao.monitoring.lights.ExecutionPaceRule.Minimum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExecutionPaceRuleTest {
    private static final ExecutionPaceRule REGIONAL = ExecutionPaceRule.regional();

    /** m, 预算执行率 %, target progress % (null: unknown) → light. */
    static Stream<Arguments> regional() {
        return Stream.of(
                Arguments.of(4, "24.99", null, YELLOW), Arguments.of(4, "25", null, GREEN),
                Arguments.of(5, "24.99", null, YELLOW), Arguments.of(5, "25", null, GREEN),
                Arguments.of(6, "39.99", null, YELLOW), Arguments.of(6, "40", null, GREEN),
                Arguments.of(7, "39.99", null, YELLOW), Arguments.of(7, "40", null, GREEN),
                Arguments.of(8, "59.99", null, YELLOW), Arguments.of(8, "60", null, GREEN),
                Arguments.of(9, "59.99", null, YELLOW), Arguments.of(9, "60", null, GREEN),
                Arguments.of(10, "79.99", null, YELLOW), Arguments.of(10, "80", null, GREEN),
                Arguments.of(11, "79.99", null, YELLOW), Arguments.of(12, "80", null, GREEN),
                // before April there is no minimum
                Arguments.of(3, "0", null, GREEN), Arguments.of(1, "0", null, GREEN),
                // progress and execution more than 10 points apart, either way
                Arguments.of(6, "50", "60", GREEN), Arguments.of(6, "50", "60.01", YELLOW),
                Arguments.of(6, "50", "40", GREEN), Arguments.of(6, "50", "39.99", YELLOW),
                Arguments.of(6, "50", "50", GREEN), Arguments.of(3, "0", "10.01", YELLOW),
                Arguments.of(3, "0", "10", GREEN),
                // both rules: too slow is yellow even when the gap is fine
                Arguments.of(6, "35", "40", YELLOW));
    }

    @ParameterizedTest(name = "m={0}, 执行率 {1}%, 进度 {2}% → {3}")
    @MethodSource("regional")
    void regionalRule(int m, String execution, String progress, Light light) {
        assertThat(REGIONAL.check(m, d(execution), d(progress))).isEqualTo(light);
    }

    @Test
    void isData() {
        ExecutionPaceRule halfByJune = new ExecutionPaceRule(List.of(new Minimum(6, d("50"))), null);

        assertThat(halfByJune.check(6, d("49.99"), null)).isEqualTo(YELLOW);
        assertThat(halfByJune.check(9, d("50"), d("100"))).isEqualTo(GREEN);
        assertThat(halfByJune.minimumFor(5)).isNull();
        assertThat(halfByJune.minimumFor(12)).isEqualByComparingTo("50");
        assertThat(new ExecutionPaceRule(List.of(), d("5")).check(6, d("0"), d("5.01"))).isEqualTo(YELLOW);
        assertThat(REGIONAL.minimumFor(7)).isEqualByComparingTo("40");
        assertThat(REGIONAL.maxGap()).isEqualByComparingTo("10");
    }

    @Test
    void noExecutionRateYetGivesNoLight() {
        assertThat(REGIONAL.check(6, null, d("50"))).isNull();
    }

    @Test
    void refusesIncoherentData() {
        assertThatThrownBy(() -> new ExecutionPaceRule(List.of(new Minimum(6, d("40")), new Minimum(4, d("25"))), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExecutionPaceRule(List.of(new Minimum(4, d("40")), new Minimum(6, d("25"))), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExecutionPaceRule(List.of(new Minimum(13, d("40"))), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExecutionPaceRule(List.of(new Minimum(6, d("101"))), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExecutionPaceRule(List.of(new Minimum(6, null)), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExecutionPaceRule(List.of(), d("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> REGIONAL.check(0, d("50"), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
