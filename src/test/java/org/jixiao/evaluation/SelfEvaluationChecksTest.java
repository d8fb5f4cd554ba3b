package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.common.FieldViolation;
import org.jixiao.evaluation.internal.SelfEvaluation;
import org.jixiao.evaluation.internal.SelfEvaluationIndicator;
import org.jixiao.evaluation.scoring.FormScoring;
import org.jixiao.evaluation.scoring.IndicatorInput;
import org.jixiao.evaluation.scoring.QualitativeGrade;
import org.jixiao.evaluation.scoring.RuleReading;
import org.jixiao.evaluation.scoring.ScoringConfig;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.ValueComparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The self-evaluation's checks as tables: each case names the fields it must (and only they) flag. */
class SelfEvaluationChecksTest {
    private static final String LONG = "字".repeat(SelfEvaluationChecks.TEXT_LIMIT + 1);

    /** 产出: 完成率 ≥ 100 (% , weight 50) and a qualitative 满意度 (weight 50). */
    static PerformanceTarget target() {
        PerformanceTarget target = new PerformanceTarget();
        Indicator rate = new Indicator();
        rate.setId(11L);
        rate.setLevel1("产出指标");
        rate.setName("完成率");
        rate.setComparator(ValueComparator.GE);
        rate.setValue(new BigDecimal("100"));
        rate.setWeight(new BigDecimal("50"));
        Indicator satisfaction = new Indicator();
        satisfaction.setId(12L);
        satisfaction.setLevel1("满意度指标");
        satisfaction.setName("满意度");
        satisfaction.setWeight(new BigDecimal("50"));
        target.setIndicators(new ArrayList<>(List.of(rate, satisfaction)));
        return target;
    }

    static SelfEvaluationInput.Entry entry(Long id, String actual, QualitativeGrade grade, String score, String deviation) {
        return new SelfEvaluationInput.Entry(id, actual == null ? null : new BigDecimal(actual), grade,
                score == null ? null : new BigDecimal(score), deviation);
    }

    static SelfEvaluationInput input(String adjusted, String executed, String text, SelfEvaluationInput.Entry... entries) {
        return new SelfEvaluationInput(1, adjusted == null ? null : new BigDecimal(adjusted),
                executed == null ? null : new BigDecimal(executed), text, text, text, text, text,
                entries == null ? null : Arrays.asList(entries));
    }

    static Stream<Arguments> drafts() {
        SelfEvaluationInput.Entry ok = entry(11L, "95", null, null, "原因");
        return Stream.of(
                Arguments.of("an empty form is a valid draft", input(null, null, null), List.of()),
                Arguments.of("no indicator list at all", input("100", "90", "说明", (SelfEvaluationInput.Entry[]) null), List.of()),
                Arguments.of("a filled form", input("100", "90", "说明", ok, entry(12L, null, QualitativeGrade.ACHIEVED, "45", null)), List.of()),
                Arguments.of("negative money (and so 90 above it needs a 说明)", input("-1", "90", null),
                        List.of("adjustedFunds", "executionNote")),
                Arguments.of("three decimals of 万元", input("100", "1.234", null), List.of("executedFunds")),
                Arguments.of("too much money", input("100000000000000", "0", null), List.of("adjustedFunds")),
                Arguments.of("every text too long", input(null, null, LONG),
                        List.of("budgetDeviation", "goalsActual", "conclusion", "problems", "improvements")),
                Arguments.of("an indicator of another target", input(null, null, null, entry(99L, "1", null, null, null)),
                        List.of("indicators[0].indicatorId")),
                Arguments.of("a null entry and an entry without id", input(null, null, null, null, entry(null, "1", null, null, null)),
                        List.of("indicators[0].indicatorId", "indicators[1].indicatorId")),
                Arguments.of("the same indicator twice", input(null, null, null, ok, ok), List.of("indicators[1].indicatorId")),
                Arguments.of("five decimals", input(null, null, null, entry(11L, "1.23456", null, null, null)),
                        List.of("indicators[0].actual")),
                Arguments.of("an absurd actual", input(null, null, null, entry(11L, "1000000000000000", null, null, null)),
                        List.of("indicators[0].actual")),
                Arguments.of("a qualitative score without grade", input(null, null, null, entry(12L, null, null, "40", null)),
                        List.of("indicators[0].grade")),
                Arguments.of("a quantitative score is ignored", input(null, null, null, entry(11L, null, null, "40", null)), List.of()),
                Arguments.of("a deviation too long", input(null, null, null, entry(11L, "1", null, null, LONG)),
                        List.of("indicators[0].deviation")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void draft(String what, SelfEvaluationInput input, List<String> fields) {
        assertThat(SelfEvaluationChecks.draft(target(), input)).extracting(FieldViolation::field)
                .containsExactlyElementsOf(fields);
    }

    /** The sense check (issue 12 §5) on save: 全年执行数 above 全年预算数 needs a 说明, once 全年预算数 is filled. */
    @ParameterizedTest(name = "预算 {0} 执行 {1} 说明 {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            100  | 120 | NULL     | executionNote
            100  | 120 | 年中追加 | 
            100  | 100 | NULL     | 
            NULL | 120 | NULL     | 
            100  | 80  | LONG     | executionNote
            """)
    void overspendingNeedsANote(String adjusted, String executed, String note, String field) {
        SelfEvaluationInput input = new SelfEvaluationInput(1, adjusted == null ? null : new BigDecimal(adjusted),
                new BigDecimal(executed), null, null, null, null, null, List.of(), "LONG".equals(note) ? LONG : note);
        assertThat(SelfEvaluationChecks.draft(target(), input)).extracting(FieldViolation::field)
                .containsExactlyElementsOf(field == null ? List.of() : List.of(field));
    }

    /**
     * On save: a quantitative value not yet typed waits for submit; a qualitative indicator once started needs its
     * grade and its score (the engine's "定性指标请…" messages), and a score outside the grade's band is refused.
     */
    @ParameterizedTest(name = "actual={0} grade={1} score={2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL | NULL     | NULL | 
            95   | NULL     | NULL | 
            -5   | NULL     | NULL | 
            NULL | ACHIEVED | NULL | indicators[1].score
            NULL | ACHIEVED | 45   | 
            NULL | ACHIEVED | 60   | indicators[1].score
            NULL | PARTIAL  | 50   | indicators[1].score
            NULL | NULL     | 45   | indicators[1].grade
            """)
    void scoresRefuseWhatIsOutOfBandOrHalfDoneAndLetWhatIsNotStartedWait(String actual, QualitativeGrade grade, String score,
                                                                 String field) {
        List<IndicatorInput> inputs = List.of(
                IndicatorInput.quantitative("11", "产出指标", ValueComparator.GE, new BigDecimal("100"), new BigDecimal("50"),
                        RuleReading.none(), actual == null ? null : new BigDecimal(actual)),
                IndicatorInput.qualitative("12", "满意度指标", new BigDecimal("50"), grade,
                        score == null ? null : new BigDecimal(score)));
        assertThat(SelfEvaluationChecks.scores(inputs)).extracting(FieldViolation::field)
                .containsExactlyElementsOf(field == null ? List.of() : List.of(field));
    }

    /** The stored form as submit sees it: {@code actual} for 完成率, grade and score for 满意度. */
    static List<FieldViolation> submit(String adjusted, String executed, String budgetDeviation, String actual,
                                       String actualDeviation, QualitativeGrade grade, String score, String goals,
                                       String conclusion) {
        PerformanceTarget target = target();
        SelfEvaluation evaluation = new SelfEvaluation();
        evaluation.setAdjustedFunds(adjusted == null ? null : new BigDecimal(adjusted));
        evaluation.setExecutedFunds(executed == null ? null : new BigDecimal(executed));
        evaluation.setBudgetDeviation(budgetDeviation);
        evaluation.setGoalsActual(goals);
        evaluation.setConclusion(conclusion);
        SelfEvaluationIndicator rate = new SelfEvaluationIndicator();
        rate.setIndicatorId(11L);
        rate.setActual(actual == null ? null : new BigDecimal(actual));
        rate.setDeviation(actualDeviation);
        SelfEvaluationIndicator satisfaction = new SelfEvaluationIndicator();
        satisfaction.setIndicatorId(12L);
        satisfaction.setGrade(grade);
        satisfaction.setSelfScore(score == null ? null : new BigDecimal(score));
        List<IndicatorInput> inputs = List.of(
                IndicatorInput.quantitative("11", "产出指标", ValueComparator.GE, new BigDecimal("100"), new BigDecimal("50"),
                        RuleReading.none(), rate.getActual()),
                IndicatorInput.qualitative("12", "满意度指标", new BigDecimal("50"), grade, satisfaction.getSelfScore()));
        FormScoring.Result score0 = FormScoring.of(ScoringConfig.defaults(), evaluation.getAdjustedFunds(),
                evaluation.getExecutedFunds(), inputs);
        List<SelfEvaluationDetail.Line> lines = List.of(
                new SelfEvaluationDetail.Line(target.getIndicators().get(0), RuleReading.none(), rate, score0.items().get("11")),
                new SelfEvaluationDetail.Line(target.getIndicators().get(1), RuleReading.none(), satisfaction,
                        score0.items().get("12")));
        return SelfEvaluationChecks.submission(evaluation, lines, score0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            complete                          | 100  | 95   | NULL | 100  | NULL | ACHIEVED | 50   | 完成 | 良好 | 
            nothing entered                   | NULL | NULL | NULL | NULL | NULL | NULL     | NULL | NULL | NULL | adjustedFunds executedFunds indicators[0].actual indicators[1].grade indicators[1].score goalsActual conclusion
            execution below 90% needs reason  | 100  | 80   | NULL | 100  | NULL | ACHIEVED | 50   | 完成 | 良好 | budgetDeviation
            execution below 90% with reason   | 100  | 80   | 原因 | 100  | NULL | ACHIEVED | 50   | 完成 | 良好 | 
            below full score needs deviation  | 100  | 95   | NULL | 90   | NULL | ACHIEVED | 50   | 完成 | 良好 | indicators[0].deviation
            below full score with deviation   | 100  | 95   | NULL | 90   | 原因 | ACHIEVED | 50   | 完成 | 良好 | 
            qualitative below full            | 100  | 95   | NULL | 100  | NULL | ACHIEVED | 45   | 完成 | 良好 | indicators[1].deviation
            grade without score               | 100  | 95   | NULL | 100  | NULL | ACHIEVED | NULL | 完成 | 良好 | indicators[1].score
            no conclusion                     | 100  | 95   | NULL | 100  | NULL | ACHIEVED | 50   | 完成 | NULL | conclusion
            overspent without 说明            | 100  | 120  | NULL | 100  | NULL | ACHIEVED | 50   | 完成 | 良好 | executionNote
            """)
    void submission(String what, String adjusted, String executed, String budgetDeviation, String actual,
                    String deviation, QualitativeGrade grade, String score, String goals, String conclusion,
                    String fields) {
        assertThat(submit(adjusted, executed, budgetDeviation, actual, deviation, grade, score, goals, conclusion))
                .extracting(FieldViolation::field)
                .containsExactlyElementsOf(fields == null ? List.of() : List.of(fields.split(" ")));
    }

    @Test
    void submissionNamesTheIndicatorInItsMessages() {
        List<FieldViolation> v = submit("100", "95", null, "90", null, QualitativeGrade.ACHIEVED, "50", "完成", "良好");
        assertThat(v).extracting(FieldViolation::message).containsExactly("“完成率”未得满分，请填写偏差原因分析及改进措施");
    }

    @ParameterizedTest(name = "weight={0} score={1} reason={2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            10   | 8     | 理由  | 
            10   | 0     | 理由  | 
            10   | 10    | 理由  | 
            10   | 10.01 | 理由  | score
            10   | -1    | 理由  | score
            10   | 8.125 | 理由  | score
            NULL | 99    | 理由  | 
            10   | NULL  | 理由  | score
            10   | 8     | NULL  | reason
            10   | 8     | '  '  | reason
            10   | 8     | LONG  | reason
            10   | NULL  | NULL  | score reason
            """)
    void rescore(String weight, String score, String reason, String fields) {
        List<FieldViolation> v = SelfEvaluationChecks.rescore(weight == null ? null : new BigDecimal(weight),
                score == null ? null : new BigDecimal(score), "LONG".equals(reason) ? LONG : reason);
        assertThat(v).extracting(FieldViolation::field)
                .containsExactlyElementsOf(fields == null ? List.of() : List.of(fields.split(" ")));
    }

    @Test
    void theTextLimitIsTheSharedOne() {
        assertThat(SelfEvaluationChecks.TEXT_LIMIT).isEqualTo(org.jixiao.common.Limits.EVALUATION_TEXT);
    }
}
