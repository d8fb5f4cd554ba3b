package org.jixiao.approval.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jixiao.common.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way an admin can get a chain wrong, each answered on its field. */
class ChainValidatorTest {
    private static final Set<Long> DESKS = Set.of(7L, 8L);

    static StepDraft step(String key, String role, String level) {
        return new StepDraft(key, key + "审核", role, level, null, false, null, true, false);
    }

    static List<StepDraft> fourSteps() {
        return new ArrayList<>(List.of(step("unit", "UNIT_LEADER", "UNIT"), step("dept", "DEPT_REVIEWER", "DEPARTMENT"),
                step("business", "FINANCE_REVIEWER", "DESK"),
                new StepDraft("performance", "财政绩效科审核", "FINANCE_REVIEWER", "DESK", 8L, true, 5, false, true)));
    }

    @Test
    void aFourStepChainThroughTwoDesksIsValid() {
        ChainValidator.Result result = ChainValidator.validate(fourSteps(), DESKS);
        assertThat(result.violations()).isEmpty();
        assertThat(result.steps()).extracting(ChainStep::level)
                .containsExactly(ChainLevel.UNIT, ChainLevel.DEPARTMENT, ChainLevel.DESK, ChainLevel.DESK);
        ChainStep last = result.steps().get(3);
        assertThat(last.deskId()).isEqualTo(8L);
        assertThat(last.grading()).isTrue();
        assertThat(last.mayReturn()).isFalse();
        assertThat(result.steps().get(2).deskId()).as("the desk in charge").isNull();
        assertThat(result.steps().get(0).mayReturn()).as("return allowed unless switched off").isTrue();
    }

    @Test
    void theDefaultsPassTheirOwnChecks() {
        for (ChainType type : ChainType.values()) {
            List<StepDraft> drafts = type.defaults().stream().map(StepDraft::of).toList();
            assertThat(ChainValidator.validate(type, drafts, Set.of()).steps()).isEqualTo(type.defaults());
        }
    }

    @Test
    void onlyATargetsStepsGrade() {
        assertThat(ChainValidator.validate(ChainType.TARGET_DEPARTMENT, fourSteps(), DESKS).valid()).isTrue();
        for (ChainType type : List.of(ChainType.MONITORING_REPORT, ChainType.SELF_EVALUATION)) {
            assertThat(ChainValidator.validate(type, fourSteps(), DESKS).violations())
                    .extracting(FieldViolation::field).containsExactly("steps[3].grading");
            List<StepDraft> ungraded = fourSteps();
            StepDraft last = ungraded.get(3);
            ungraded.set(3, new StepDraft(last.key(), last.name(), last.role(), last.level(), last.deskId(), false,
                    last.slaDays(), last.mayReturn(), last.opinionRequired()));
            assertThat(ChainValidator.validate(type, ungraded, DESKS).valid()).as(type.name()).isTrue();
        }
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("empty chain", (UnaryOperator<List<StepDraft>>) s -> new ArrayList<>(), "steps", "至少"),
                Arguments.of("null chain", (UnaryOperator<List<StepDraft>>) s -> null, "steps", "至少"),
                Arguments.of("eleven steps", (UnaryOperator<List<StepDraft>>) s -> {
                    List<StepDraft> many = new ArrayList<>();
                    for (int i = 0; i < 11; i++) {
                        many.add(step("s" + i, "FINANCE_REVIEWER", "FINANCE"));
                    }
                    return many;
                }, "steps", "最多 10"),
                Arguments.of("null step", set(1, null), "steps[1]", "为空"),
                Arguments.of("duplicate key", set(1, step("UNIT", "DEPT_REVIEWER", "DEPARTMENT")), "steps[1].key", "重复"),
                Arguments.of("blank key", set(0, step(" ", "UNIT_LEADER", "UNIT")), "steps[0].key", "请填写"),
                Arguments.of("key with spaces", set(0, step("unit leader", "UNIT_LEADER", "UNIT")), "steps[0].key", "字母"),
                Arguments.of("key too long", set(0, step("k".repeat(33), "UNIT_LEADER", "UNIT")), "steps[0].key", "32"),
                Arguments.of("name too long", set(0, new StepDraft("unit", "名".repeat(41), "UNIT_LEADER", "UNIT", null,
                        null, null, null, null)), "steps[0].name", "最多 40"),
                Arguments.of("blank name", set(0, new StepDraft("unit", "", "UNIT_LEADER", "UNIT", null, null, null,
                        null, null)), "steps[0].name", "请填写"),
                Arguments.of("unknown role", set(1, step("dept", "BOSS", "DEPARTMENT")), "steps[1].role", "不存在"),
                Arguments.of("unknown level", set(1, step("dept", "DEPT_REVIEWER", "CITY")), "steps[1].level", "不存在"),
                Arguments.of("role not of the level", set(1, step("dept", "UNIT_LEADER", "DEPARTMENT")), "steps[1].role",
                        "主管部门审核人"),
                Arguments.of("going back down", set(3, step("performance", "UNIT_LEADER", "UNIT")), "steps[3].level",
                        "顺序"),
                Arguments.of("desk of another bureau", set(2, new StepDraft("business", "业务科室审核", "FINANCE_REVIEWER",
                        "DESK", 99L, null, null, null, null)), "steps[2].deskId", "本财政局"),
                Arguments.of("desk on a unit step", set(0, new StepDraft("unit", "单位审核", "UNIT_LEADER", "UNIT", 7L,
                        null, null, null, null)), "steps[0].deskId", "财政科室"),
                Arguments.of("zero days", sla(0), "steps[3].slaDays", "1–365"),
                Arguments.of("a year and a day", sla(366), "steps[3].slaDays", "1–365"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsReportedOnItsField(String title, UnaryOperator<List<StepDraft>> change, String field,
                                         String says) {
        ChainValidator.Result result = ChainValidator.validate(change.apply(fourSteps()), DESKS);
        assertThat(result.steps()).isEmpty();
        assertThat(result.violations()).extracting(FieldViolation::field).containsExactly(field);
        assertThat(result.violations().get(0).message()).contains(says);
    }

    @Test
    void allMistakesAtOnce() {
        List<StepDraft> steps = Arrays.asList(step("unit", "BOSS", "UNIT"), step("unit", "DEPT_REVIEWER", "MOON"));
        assertThat(ChainValidator.validate(steps, DESKS).violations()).extracting(FieldViolation::field)
                .containsExactly("steps[0].role", "steps[1].key", "steps[1].level");
    }

    private static UnaryOperator<List<StepDraft>> set(int index, StepDraft step) {
        return steps -> {
            steps.set(index, step);
            return steps;
        };
    }

    private static UnaryOperator<List<StepDraft>> sla(int days) {
        return set(3, new StepDraft("performance", "绩效科审核", "FINANCE_REVIEWER", "DESK", 8L, true, days, true, true));
    }
}
