package org.jixiao.monitoring.lights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.monitoring.lights.Light.BLUE;
import static org.jixiao.monitoring.lights.Light.GREEN;
import static org.jixiao.monitoring.lights.Light.RED;
import static org.jixiao.monitoring.lights.Light.YELLOW;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LightsTest {

    static Stream<Arguments> worst() {
        return Stream.of(
                Arguments.of(List.of(), null),
                Arguments.of(null, null),
                Arguments.of(Arrays.asList((Light) null), null),
                Arguments.of(List.of(GREEN), GREEN),
                Arguments.of(List.of(BLUE), BLUE),
                Arguments.of(List.of(GREEN, GREEN), GREEN),
                Arguments.of(List.of(GREEN, BLUE), BLUE),
                Arguments.of(List.of(BLUE, GREEN), BLUE),
                Arguments.of(List.of(BLUE, YELLOW), YELLOW),
                Arguments.of(List.of(YELLOW, BLUE, GREEN), YELLOW),
                Arguments.of(List.of(GREEN, RED, YELLOW), RED),
                Arguments.of(List.of(RED, BLUE), RED),
                Arguments.of(List.of(RED, YELLOW, GREEN, BLUE), RED),
                Arguments.of(Arrays.asList(null, GREEN, null), GREEN),
                Arguments.of(Arrays.asList(BLUE, null, YELLOW), YELLOW),
                Arguments.of(Set.of(GREEN, BLUE), BLUE));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("worst")
    void worstLightWins(Collection<Light> lights, Light worst) {
        assertThat(Lights.worst(lights)).isEqualTo(worst);
        if (lights != null) {
            assertThat(Lights.worst(new ArrayList<>(lights).toArray(Light[]::new))).isEqualTo(worst);
        }
    }

    @Test
    void aTargetsLightCombinesBudgetAndIndicators() {
        LightThresholds defaults = LightThresholds.defaults();
        Reading budget = BudgetLight.of(IndicatorLightTest.d("200.00"), IndicatorLightTest.d("80.00"), 6, null, defaults);
        Reading ahead = IndicatorLight.of(org.jixiao.targets.ValueComparator.GE,
                org.jixiao.targets.IndicatorKind.CUMULATIVE, IndicatorLightTest.d("12"), IndicatorLightTest.d("9"),
                IndicatorLightTest.d("14"), 6, Likelihood.CERTAIN, null, defaults);
        Reading notYet = IndicatorLight.of(null, null, null, null, null, 6, null, null, defaults);

        assertThat(Lights.worst(Arrays.asList(budget.light(), ahead.light(), notYet.light()))).isEqualTo(BLUE);
    }

    @Test
    void severityOrderIsRedYellowBlueGreen() {
        List<Light> mildestFirst = new ArrayList<>(List.of(Light.values()));
        mildestFirst.sort(Light.BY_SEVERITY);

        assertThat(mildestFirst).containsExactly(GREEN, BLUE, YELLOW, RED);
        assertThat(RED.isWorseThan(YELLOW)).isTrue();
        assertThat(YELLOW.isWorseThan(BLUE)).isTrue();
        assertThat(BLUE.isWorseThan(GREEN)).isTrue();
        assertThat(GREEN.isWorseThan(GREEN)).isFalse();
        assertThat(GREEN.isWorseThan(BLUE)).isFalse();
    }

    @Test
    void speaksChinese() {
        assertThat(Arrays.stream(Light.values()).map(Light::label)).containsExactly("红", "黄", "绿", "蓝");
        assertThat(Arrays.stream(Likelihood.values()).map(Likelihood::label)).containsExactly("确定能", "有可能", "完全不可能");
        assertThat(Arrays.stream(Achievement.values()).map(Achievement::label)).containsExactly("达成", "部分达成", "未达成");
        assertThat(Arrays.stream(BudgetMode.values()).map(BudgetMode::label)).containsExactly("按时间进度", "按资金支出计划");
    }

    @Test
    void everyLightButGreenAsksForReasons() {
        assertThat(Arrays.stream(Light.values()).filter(Light::needsExplanation)).containsExactlyInAnyOrder(RED, YELLOW, BLUE);
    }
}
