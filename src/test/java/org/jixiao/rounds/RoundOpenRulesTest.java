package org.jixiao.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.common.FieldViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundOpenRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @ParameterizedTest(name = "fiscal {0}, due {1} → {2}")
    @CsvSource(nullValues = "null", value = {
            "2026, 2026-11-27, ok",       // today is allowed
            "2026, 2026-11-26, 早于今天",   // yesterday is not
            "2026, 2027-12-31, ok",       // the year after the fiscal year
            "2026, 2028-01-01, 次年内",     // two years on
            "2027, 2027-03-31, ok",
            "2030, 2029-12-31, 次年内",     // before the fiscal year, though after today
            "2024, 2025-03-31, 早于今天",   // a past year's round: its due date has passed
            "null, 2026-12-01, ok",       // no year: only the date against today (the year is reported by itself)
            "2026, null, ok",             // no date: "required" is the caller's message
    })
    void dueDate(Integer fiscalYear, LocalDate due, String expected) {
        List<FieldViolation> violations = new ArrayList<>();
        RoundOpenRules.dueDate(fiscalYear, due, TODAY, violations);
        if ("ok".equals(expected)) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("dueDate");
                assertThat(v.message()).contains(expected);
            });
        }
    }

    @ParameterizedTest(name = "departments chosen {0}, {1} targets → {2}")
    @CsvSource(nullValues = "null", value = {
            "false, 0, fiscalYear",
            "true, 0, departmentIds",
            "false, 1, null",
            "true, 20000, null",
    })
    void emptyScope(boolean departmentsChosen, int approved, String field) {
        FieldViolation v = RoundOpenRules.emptyScope(2026, departmentsChosen, approved);
        if (field == null) {
            assertThat(v).isNull();
        } else {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.message()).contains("2026", "没有", "已批复");
        }
    }
}
