package org.jixiao.approval.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.approval.ReviewDecision;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 88号 sheet's rules as a table: what is accepted, what each violation names, and where each result leads. */
class SheetRulesTest {

    private static SheetInput sheet(String c, String r, String a, String f, String result, String improvement,
                                    Map<String, String> comments) {
        return new SheetInput(c, r, a, f, comments, result, improvement);
    }

    private static Map<String, String> allComments() {
        Map<String, String> comments = new HashMap<>();
        for (Criterion c : Criterion.values()) {
            comments.put(c.key(), c.label() + "：说明");
        }
        return comments;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"EXCELLENT, APPROVE", "GOOD, APPROVE", "FAIR, RETURN", "POOR, REJECT"})
    void resultDecides(Grade result, ReviewDecision decision) {
        String g = result.name();
        ReviewSheet checked = SheetRules.check(sheet(g, g, g, g, g, result == Grade.GOOD ? "细化指标" : null,
                allComments()), "审核意见");
        assertThat(checked.result()).isEqualTo(result);
        assertThat(checked.result().decision()).isEqualTo(decision);
        assertThat(checked.grade(Criterion.FEASIBILITY)).isEqualTo(result);
        assertThat(checked.comment(Criterion.RELEVANCE)).isEqualTo("相关性：说明");
    }

    @Test
    void chineseGradesAreReadToo() {
        ReviewSheet checked = SheetRules.check(sheet("优", "良", "优", "优", "优", null, Map.of()), null);
        assertThat(checked.grade(Criterion.RELEVANCE)).isEqualTo(Grade.GOOD);
        assertThat(checked.comments()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing sheet grade | | GOOD | GOOD | GOOD | GOOD | 细化 | | review.completeness | 请选择完整性",
        "unknown grade | GOOD | BEST | GOOD | GOOD | GOOD | 细化 | | review.relevance | 只能是优、良、中、差",
        "missing result | GOOD | GOOD | GOOD | GOOD | | | | review.result | 请选择审核结果",
        "良 without improvement | GOOD | GOOD | GOOD | GOOD | GOOD | | | review.improvement | 必须填写完善意见",
        "优 with improvement | EXCELLENT | EXCELLENT | EXCELLENT | EXCELLENT | EXCELLENT | 细化 | | review.improvement | 只有审核结果为「良」",
        "result better than every heading | GOOD | GOOD | GOOD | GOOD | EXCELLENT | | | review.result | 与各项评价不一致",
        "result worse than every heading | EXCELLENT | EXCELLENT | GOOD | GOOD | POOR | | 否决 | review.result | 最好一项（优）",
        "中 without opinion | FAIR | FAIR | FAIR | FAIR | FAIR | | | opinion | 退回修改的原因",
        "差 without opinion | POOR | POOR | POOR | POOR | POOR | | | opinion | 否决的理由",
    })
    void violations(String name, String c, String r, String a, String f, String result, String improvement,
                    String opinion, String field, String message) {
        assertThat(violationsOf(sheet(c, r, a, f, result, improvement, allComments()), opinion))
                .anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.message()).contains(message);
                });
    }

    @Test
    void aFairOrPoorHeadingNeedsItsComment() {
        List<FieldViolation> v = violationsOf(sheet("FAIR", "GOOD", "POOR", "GOOD", "FAIR", null,
                Map.of("relevance", "可")), "退回");
        assertThat(v).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("review.comments.completeness", "review.comments.appropriateness");
        assertThat(v.get(0).message()).contains("评为「中」时必须填写审核意见");
    }

    @Test
    void commentsAreBoundedAndOnlyForTheFourHeadings() {
        Map<String, String> comments = new HashMap<>(allComments());
        comments.put("feasibility", "长".repeat(SheetRules.COMMENT + 1));
        comments.put("beauty", "无关");
        List<FieldViolation> v = violationsOf(sheet("GOOD", "GOOD", "GOOD", "GOOD", "GOOD", "细化", comments), null);
        assertThat(v).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("review.comments.feasibility", "review.comments.beauty");
    }

    @Test
    void noSheetAtAllNamesEveryRequiredField() {
        assertThat(violationsOf(null, null)).extracting(FieldViolation::field).containsExactly(
                "review.completeness", "review.relevance", "review.appropriateness", "review.feasibility",
                "review.result");
    }

    @Test
    void mixedHeadingsAllowAnyResultBetweenTheirExtremes() {
        for (Grade result : List.of(Grade.GOOD, Grade.FAIR)) {
            ReviewSheet checked = SheetRules.check(sheet("GOOD", "FAIR", "GOOD", "GOOD", result.name(),
                    result == Grade.GOOD ? "补充测算依据" : null, allComments()), "意见");
            assertThat(checked.result()).isEqualTo(result);
        }
    }

    private static List<FieldViolation> violationsOf(SheetInput input, String opinion) {
        try {
            SheetRules.check(input, opinion);
        } catch (ValidationException e) {
            return e.violations();
        }
        throw new AssertionError("the sheet was accepted");
    }
}
