package org.jixiao.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.jixiao.common.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The inbox's request parameters, read and bounded without Spring or a database (issue 12 §2). */
class InboxQueryTest {
    private static final Set<String> TYPES = Set.of("TARGET", "MONITORING_REPORT", "SELF_EVALUATION");

    @ParameterizedTest(name = "sort={0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "null         | rt.id DESC",
            "arrived      | rt.id DESC",
            "arrived,asc  | rt.id ASC",
            "due          | rt.due_date DESC, rt.id DESC",
            "due,asc      | rt.due_date ASC, rt.id ASC",
            "AMOUNT       | rt.amount DESC, rt.id DESC",
            "amount, asc  | rt.amount ASC, rt.id ASC",
            "name         | rt.subject_name ASC, rt.id ASC",
            "name,desc    | rt.subject_name DESC, rt.id DESC"})
    void sortOrders(String sort, String orderBy) {
        assertThat(parse(null, null, null, null, sort).orderBy()).isEqualTo(orderBy);
    }

    @ParameterizedTest(name = "page={0} size={1} → offset {2}, size {3}")
    @CsvSource(nullValues = "null", value = {
            "null, null, 0, 50",
            "0, 1, 0, 1",
            "2, 50, 100, 50",
            "10000, 200, 2000000, 200",
            "' 3 ', ' 20 ', 60, 20"})
    void paging(String page, String size, long offset, int rows) {
        InboxQuery q = parse(null, null, page, size, null);
        assertThat(q.offset()).isEqualTo(offset);
        assertThat(q.size()).isEqualTo(rows);
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(value = {
            "page, -1", "page, 10001", "page, 1e3", "page, 99999999999999999999", "size, 0", "size, 201",
            "size, ５０", "sort, created", "sort, 'due,up'", "sort, 'due,asc,desc'", "sort, ','",
            "type, PAYMENT", "light, ORANGE"})
    void badValuesAreRefusedOnTheirField(String field, String value) {
        assertThatThrownBy(() -> {
            switch (field) {
                case "page" -> parse(null, null, value, null, null);
                case "size" -> parse(null, null, null, value, null);
                case "sort" -> parse(null, null, null, null, value);
                case "type" -> parse(value, null, null, null, null);
                default -> parse(null, value, null, null, null);
            }
        }).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).hasSize(1);
            assertThat(e.violations().get(0).field()).isEqualTo(field);
            assertThat(e.violations().get(0).message()).matches(".*\\p{IsHan}.*");
        });
    }

    @ParameterizedTest(name = "q={0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "安全生产      | %安全生产%",
            "' 50% '      | %50!%%",
            "a_b          | %a!_b%",
            "x!y          | %x!!y%"})
    void textIsMatchedLiterally(String q, String pattern) {
        InboxQuery query = InboxQuery.parse(TYPES, null, null, null, null, null, null, q, null, null, null);
        assertThat(query.likePattern()).isEqualTo(pattern);
    }

    @ParameterizedTest(name = "filters {0}")
    @CsvSource(delimiter = '|', value = {
            "monitoring_report | 2059 | 7  | 12 | red    | TRUE  | MONITORING_REPORT | 2059 | 7 | 12 | RED  | true",
            "TARGET            | 2000 | 1  | 1  | Blue   | false | TARGET            | 2000 | 1 | 1  | BLUE | false"})
    void filtersAreRead(String type, String year, String round, String org, String light, String overdue,
                        String eType, int eYear, long eRound, long eOrg, String eLight, boolean eOverdue) {
        InboxQuery q = InboxQuery.parse(TYPES, type, year, round, org, light, overdue, null, null, null, null);
        assertThat(q.type()).isEqualTo(eType);
        assertThat(q.fiscalYear()).isEqualTo(eYear);
        assertThat(q.roundId()).isEqualTo(eRound);
        assertThat(q.orgId()).isEqualTo(eOrg);
        assertThat(q.light()).isEqualTo(eLight);
        assertThat(q.overdue()).isEqualTo(eOverdue);
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(value = {"fiscalYear, 1999", "fiscalYear, 2101", "fiscalYear, 20x9", "roundId, 0", "roundId, -3",
            "orgId, 12345678901234567890", "overdue, yes"})
    void badFiltersAreRefusedOnTheirField(String field, String value) {
        assertThatThrownBy(() -> InboxQuery.parse(TYPES, null,
                field.equals("fiscalYear") ? value : null, field.equals("roundId") ? value : null,
                field.equals("orgId") ? value : null, null, field.equals("overdue") ? value : null, null, null, null,
                null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).field()).isEqualTo(field));
    }

    private static InboxQuery parse(String type, String light, String page, String size, String sort) {
        return InboxQuery.parse(TYPES, type, null, null, null, light, null, null, page, size, sort);
    }
}
