package org.jixiao.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.evaluation.scoring.LowerIsBetterFormula.BAND;
import static org.jixiao.evaluation.scoring.LowerIsBetterFormula.RATIO;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.jixiao.targets.ValueComparator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every boundary of the default formulas of docs/rules.md §3, rounded as the form shows them. Weight 10 unless noted. */
class IndicatorFormulasTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // higher is better: a ≥ t → w, else a/t × w
                Arguments.of("GE", "100", "100", "10", BAND, "10.00"),
                Arguments.of("GE", "100", "150", "10", BAND, "10.00"),
                Arguments.of("GE", "100", "99.99", "10", BAND, "10.00"),
                Arguments.of("GE", "100", "99.94", "10", BAND, "9.99"),
                Arguments.of("GE", "100", "99.95", "10", BAND, "10.00"),
                Arguments.of("GE", "100", "80", "10", BAND, "8.00"),
                Arguments.of("GE", "3", "2", "10", BAND, "6.67"),
                Arguments.of("GE", "3", "1", "10", BAND, "3.33"),
                Arguments.of("GE", "100", "0", "10", BAND, "0.00"),
                Arguments.of("GE", "100", "-5", "10", BAND, "0.00"),
                Arguments.of("GT", "100", "100", "10", BAND, "10.00"),
                Arguments.of("GT", "100", "50", "10", BAND, "5.00"),
                Arguments.of("GE", "0", "0", "10", BAND, "10.00"),
                Arguments.of("GE", "0", "-1", "10", BAND, "0.00"),
                Arguments.of("GE", "95", "90", "5", BAND, "4.74"),
                // lower is better, central band: a ≤ t → w; t < a < 2t → (1 − (a − t)/t) × w; a ≥ 2t → 0
                Arguments.of("LE", "100", "100", "10", BAND, "10.00"),
                Arguments.of("LE", "100", "0", "10", BAND, "10.00"),
                Arguments.of("LE", "100", "100.01", "10", BAND, "10.00"),
                Arguments.of("LE", "100", "100.1", "10", BAND, "9.99"),
                Arguments.of("LE", "100", "150", "10", BAND, "5.00"),
                Arguments.of("LE", "100", "199.99", "10", BAND, "0.00"),
                Arguments.of("LE", "100", "199.9", "10", BAND, "0.01"),
                Arguments.of("LE", "100", "200", "10", BAND, "0.00"),
                Arguments.of("LE", "100", "300", "10", BAND, "0.00"),
                Arguments.of("LT", "48", "60", "10", BAND, "7.50"),
                Arguments.of("LT", "48", "96", "10", BAND, "0.00"),
                Arguments.of("LE", "0", "0", "10", BAND, "10.00"),
                Arguments.of("LE", "0", "0.01", "10", BAND, "0.00"),
                // lower is better, regional t / a × w
                Arguments.of("LE", "100", "100", "10", RATIO, "10.00"),
                Arguments.of("LE", "100", "200", "10", RATIO, "5.00"),
                Arguments.of("LE", "100", "400", "10", RATIO, "2.50"),
                Arguments.of("LE", "100", "300", "10", RATIO, "3.33"),
                Arguments.of("LT", "5", "6", "20", RATIO, "16.67"),
                Arguments.of("LE", "0", "1", "10", RATIO, "0.00"),
                // equals: t = 0 → (a ≤ 0 ? w : 0), else as higher-is-better
                Arguments.of("EQ", "0", "0", "2", BAND, "2.00"),
                Arguments.of("EQ", "0", "-1", "2", BAND, "2.00"),
                Arguments.of("EQ", "0", "1", "2", BAND, "0.00"),
                Arguments.of("EQ", "0", "0.01", "2", BAND, "0.00"),
                Arguments.of("EQ", "100", "100", "5", BAND, "5.00"),
                Arguments.of("EQ", "100", "120", "5", BAND, "5.00"),
                Arguments.of("EQ", "100", "90", "5", BAND, "4.50"),
                Arguments.of("EQ", "3", "2", "10", BAND, "6.67"));
    }

    @ParameterizedTest(name = "{0} t={1} a={2} w={3} {4} → {5}")
    @MethodSource("cases")
    void formula(String cmp, String t, String a, String w, LowerIsBetterFormula lower, String expected) {
        BigDecimal score = IndicatorFormulas.score(ValueComparator.valueOf(cmp), new BigDecimal(t), new BigDecimal(a),
                new BigDecimal(w), lower);
        assertThat(Scores.round(score)).isEqualByComparingTo(expected);
        assertThat(Scores.round(score).toPlainString()).isEqualTo(expected);
    }
}
