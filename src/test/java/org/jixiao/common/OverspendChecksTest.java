package org.jixiao.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sense check on 执行数 against 预算数, as a table: when a 说明 is required, and what the reason says. */
class OverspendChecksTest {

    @ParameterizedTest(name = "budget {0}, executed {1}, note [{2}] → {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            120    | 500     | NULL    | 执行数 500.00 万元超过预算数 120.00 万元（执行率 416.67%），请核对；确认无误请在“说明”中写明原因
            120    | 500     | '   '   | 执行数 500.00 万元超过预算数 120.00 万元（执行率 416.67%），请核对；确认无误请在“说明”中写明原因
            120    | 500     | 追加预算 |
            120    | 120     | NULL    |
            120    | 120.01  | NULL    | 执行数 120.01 万元超过预算数 120.00 万元（执行率 100.01%），请核对；确认无误请在“说明”中写明原因
            120    | 119.99  | NULL    |
            120    | 0       | NULL    |
            120    | NULL    | NULL    |
            0      | 0       | NULL    |
            0      | 0.01    | NULL    | 执行数 0.01 万元超过预算数 0.00 万元，请核对；确认无误请在“说明”中写明原因
            NULL   | 5       | NULL    | 执行数 5.00 万元超过预算数 0.00 万元，请核对；确认无误请在“说明”中写明原因
            NULL   | NULL    | NULL    |
            -10    | 0       | NULL    |
            1200   | 12000   | NULL    | 执行数 12,000.00 万元超过预算数 1,200.00 万元（执行率 1,000.00%），请核对；确认无误请在“说明”中写明原因
            """)
    void aNoteIsNeededExactlyWhenExecutionIsAboveTheBudget(BigDecimal budget, BigDecimal executed, String note,
                                                           String expected) {
        List<FieldViolation> v = OverspendChecks.check("executionNote", "执行数", "预算数", budget, executed, note);
        if (expected == null) {
            assertThat(v).isEmpty();
        } else {
            assertThat(v).containsExactly(new FieldViolation("executionNote", expected));
        }
        assertThat(OverspendChecks.overspent(budget, executed)).isEqualTo(expected != null);
    }

    @ParameterizedTest(name = "note of {0} characters, overspent {1} → refused {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2000 | true  | false
            2001 | true  | true
            2001 | false | true
            """)
    void aNoteIsBoundedWhetherOrNotItIsNeeded(int length, boolean overspent, boolean refused) {
        List<FieldViolation> v = OverspendChecks.check("n", "全年执行数", "全年预算数", new BigDecimal("100"),
                new BigDecimal(overspent ? "101" : "99"), "说".repeat(length));
        assertThat(v).hasSize(refused ? 1 : 0);
        if (refused) {
            assertThat(v.get(0).message()).isEqualTo("说明不能超过 2000 个字");
        }
    }
}
