package org.jixiao.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BudgetAndGradesTest {

    static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    @ParameterizedTest(name = "planned {0}, executed {1}, points {2} → rate {3}, score {4}")
    @CsvSource(nullValues = "null", value = {
            "11368.25, 11368.25, 10, 100.00, 10.00",   // seed 004: 执行率 100% → 10
            "100, 100, 10, 100.00, 10.00",
            "100, 120, 10, 120.00, 10.00",             // over-spending does not earn more than the points
            "100, 99.99, 10, 99.99, 10.00",
            "100, 99.94, 10, 99.94, 9.99",
            "100, 90, 10, 90.00, 9.00",
            "100, 89.99, 10, 89.99, 9.00",
            "100, 0, 10, 0.00, 0.00",
            "3, 2, 10, 66.67, 6.67",
            "409.26, 352.87, 10, 86.22, 8.62",
            "100, 50, 20, 50.00, 10.00",               // a region giving the budget 20 points
            "0, 0, 10, null, 10.00",                   // nothing planned, nothing spent: the row does not apply
            "0, 5, 10, null, 0.00",                    // spending without a budget
            "-5, 0, 10, null, 10.00"})
    void budgetExecution(String planned, String executed, String points, String rate, String score) {
        BudgetScore b = BudgetScore.of(d(planned), d(executed), d(points));
        if (rate == null) {
            assertThat(b.rate()).isNull();
        } else {
            assertThat(b.rate().toPlainString()).isEqualTo(rate);
        }
        assertThat(b.score().toPlainString()).isEqualTo(score);
    }

    @Test
    void executionBelowNinetyNeedsAReason() {
        assertThat(BudgetScore.of(d("100"), d("89.99"), BigDecimal.TEN).needsReason()).isTrue();
        assertThat(BudgetScore.of(d("100"), d("90"), BigDecimal.TEN).needsReason()).isFalse();
        assertThat(BudgetScore.of(d("0"), d("0"), BigDecimal.TEN).needsReason()).isFalse();
    }

    static Stream<Arguments> grades() {
        GradeBands central = GradeBands.defaults();
        GradeBands regional = new GradeBands(d("80"), d("70"), d("60"));
        return Stream.of(
                Arguments.of(central, "100", Grade.EXCELLENT), Arguments.of(central, "90", Grade.EXCELLENT),
                Arguments.of(central, "89.99", Grade.GOOD), Arguments.of(central, "80", Grade.GOOD),
                Arguments.of(central, "79.99", Grade.FAIR), Arguments.of(central, "60", Grade.FAIR),
                Arguments.of(central, "59.99", Grade.POOR), Arguments.of(central, "0", Grade.POOR),
                Arguments.of(regional, "80", Grade.EXCELLENT), Arguments.of(regional, "79.99", Grade.GOOD),
                Arguments.of(regional, "70", Grade.GOOD), Arguments.of(regional, "69.99", Grade.FAIR),
                Arguments.of(regional, "60", Grade.FAIR), Arguments.of(regional, "59.99", Grade.POOR));
    }

    @ParameterizedTest(name = "{1} → {2}")
    @MethodSource("grades")
    void gradeBands(GradeBands bands, String total, Grade expected) {
        assertThat(bands.grade(d(total))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "ACHIEVED, 8, true", "ACHIEVED, 10, true", "ACHIEVED, 7.99, false", "ACHIEVED, 10.01, false",
            "PARTIAL, 6, true", "PARTIAL, 7.99, true", "PARTIAL, 8, false", "PARTIAL, 5.99, false",
            "NOT_ACHIEVED, 0, true", "NOT_ACHIEVED, 5.99, true", "NOT_ACHIEVED, 6, false"})
    void qualitativeBandsOfWeightTen(QualitativeGrade grade, String score, boolean accepted) {
        assertThat(grade.accepts(d(score), BigDecimal.TEN)).isEqualTo(accepted);
        assertThat(grade.refusal(d(score), BigDecimal.TEN) == null).isEqualTo(accepted);
    }

    @Test
    void aRefusalSaysTheBandInChinese() {
        assertThat(QualitativeGrade.PARTIAL.refusal(d("9"), d("20")))
                .isEqualTo("「部分达成并具有一定效果」的得分须在 [12, 16) 之间，现为 9");
        assertThat(QualitativeGrade.ACHIEVED.band(d("5"))).isEqualTo("[4, 5]");
    }
}
