package org.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.jixiao.evaluation.scoring.RuleReading;
import org.jixiao.evaluation.scoring.ScoringRuleParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9 §2: both parsers finish on 100,000 characters of hostile text well within a generous bound (a 16,000
 * digit rule took 16 s before, growing quadratically). The figures themselves are in ParserBenchmark.
 */
class ParsersInLinearTimeTest {
    static final int LENGTH = 100_000;
    private static final Duration BOUND = Duration.ofSeconds(2);

    static Stream<String> hostile() {
        return Stream.of(
                "1".repeat(LENGTH),
                "≥" + "9".repeat(LENGTH - 2) + "%",
                "1a".repeat(LENGTH / 2),
                "1,111".repeat(LENGTH / 5),
                "9.".repeat(LENGTH / 2),
                "达".repeat(LENGTH),
                "每".repeat(LENGTH),
                "≥" .repeat(LENGTH),
                "1,扣".repeat(LENGTH / 3),
                "扣,".repeat(LENGTH / 2),
                "大于等于2000人次得满分,".repeat(LENGTH / 14),
                "每少200人次扣除权重分的10%".repeat(LENGTH / 16),
                "100%以下每降低5%" + "5".repeat(LENGTH) + "扣除权重分的10%",
                "*".repeat(LENGTH),
                " ".repeat(LENGTH) + "1",
                "不少于" + "4次".repeat(LENGTH / 2));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void indicatorValuesAreReadInLinearTime(String text) {
        IndicatorValue value = assertTimeoutPreemptively(BOUND, () -> IndicatorValueParser.parse(text));
        assertThat(value).isNotNull();
        if (value.problem() != null) {
            assertThat(value.problem().length()).as("a message quotes the text, not all of it").isLessThan(200);
        }
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void scoringRulesAreReadInLinearTime(String text) {
        RuleReading reading = assertTimeoutPreemptively(BOUND,
                () -> ScoringRuleParser.parse(text, ValueComparator.GE, java.math.BigDecimal.TEN, "次"));
        assertThat(reading).isNotNull();
    }
}
