package org.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;
import org.jixiao.evaluation.scoring.RuleReading;
import org.jixiao.evaluation.scoring.ScoringRuleParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10 §3: one comparator vocabulary. Every word of {@link ComparatorWords} is read the same way by the
 * indicator-value parser and the scoring-rule parser (the rule parser had lost 至少, 控制在 and ≧).
 */
class ComparatorVocabularyTest {

    static Stream<Arguments> everyWord() {
        return ComparatorWords.BEFORE.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyWord")
    void bothParsersReadTheWordAlike(String word, ValueComparator comparator) {
        IndicatorValue value = IndicatorValueParser.parse(word + "95%");
        assertThat(value.comparator()).as("指标值 %s95%%", word).isEqualTo(comparator);
        assertThat(value.value()).isEqualByComparingTo("95");

        // A full-score line with the word, and nothing otherwise: read as one tier at 95 with that comparator.
        RuleReading rule = ScoringRuleParser.parse(word + "95%得满分,否则不得分");
        assertThat(rule.read()).as("评分标准 %s95%%得满分", word).isTrue();
        assertThat(rule.description()).contains("95");
        ValueComparator read = ruleComparator(rule);
        assertThat(read).isEqualTo(comparator);
    }

    static Stream<Arguments> suffixes() {
        return ComparatorWords.AFTER.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("suffixes")
    void bothParsersReadTheSuffixAlike(String word, ValueComparator comparator) {
        assertThat(IndicatorValueParser.parse("90%" + word).comparator()).isEqualTo(comparator);
        RuleReading rule = ScoringRuleParser.parse("90%" + word + "得满分,否则不得分");
        assertThat(rule.read()).as("评分标准 90%%%s得满分", word).isTrue();
        assertThat(ruleComparator(rule)).isEqualTo(comparator);
    }

    /** Which comparator the one-tier rule applies: probe just inside and outside 95/90. */
    private static ValueComparator ruleComparator(RuleReading rule) {
        Map<ValueComparator, boolean[]> expected = Map.of(
                ValueComparator.GE, new boolean[] {true, true, false},
                ValueComparator.GT, new boolean[] {true, false, false},
                ValueComparator.LE, new boolean[] {false, true, true},
                ValueComparator.LT, new boolean[] {false, false, true},
                ValueComparator.EQ, new boolean[] {false, true, false});
        BigDecimal line = rule.description().contains("95") ? new BigDecimal("95") : new BigDecimal("90");
        boolean[] full = {
                full(rule, line.add(BigDecimal.ONE)), full(rule, line), full(rule, line.subtract(BigDecimal.ONE))};
        return expected.entrySet().stream().filter(e -> java.util.Arrays.equals(e.getValue(), full))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static boolean full(RuleReading rule, BigDecimal actual) {
        return rule.rule().points(actual, BigDecimal.TEN).compareTo(BigDecimal.TEN) == 0;
    }
}
