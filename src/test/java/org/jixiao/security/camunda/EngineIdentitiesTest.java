package org.jixiao.security.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.UserQueryProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine queries' LIKE, order and paging, answered in memory. */
class EngineIdentitiesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "%经办%, 张经办, true", "张%, 张经办, true", "%经办, 李负责人, false", "a_c, abc, true", "a_c, abbc, false",
            "ADMIN, admin, true", "a.c, abc, false", "(%, (x, true", "%, NULL, false", "NULL, anything, true"})
    void likeAsTheEngineMeansIt(String pattern, String value, boolean matches) {
        assertThat(EngineIdentities.like(pattern, value)).isEqualTo(matches);
    }

    @Test
    void ordersByTheQueryThenByIdAndCutsThePage() {
        List<String[]> rows = List.of(new String[]{"c", "李"}, new String[]{"a", "张"}, new String[]{"b", "李"});
        Function<String, Function<String[], String>> keys = column -> switch (column) {
            case "ID_" -> r -> r[0];
            case "FIRST_" -> r -> r[1];
            default -> null;
        };
        QueryOrderingProperty byNameDesc = new QueryOrderingProperty(UserQueryProperty.FIRST_NAME, Direction.DESCENDING);
        assertThat(EngineIdentities.orderAndPage(rows, List.of(byNameDesc), keys, null, 0, Integer.MAX_VALUE))
                .extracting(r -> r[0]).containsExactly("b", "c", "a"); // 李 (U+674E) after 张 (U+5F20); ties by id
        assertThat(EngineIdentities.orderAndPage(rows, List.of(), keys, new Page(1, 1), 0, 0))
                .extracting(r -> r[0]).containsExactly("b");
        assertThat(EngineIdentities.orderAndPage(rows, List.of(), keys, null, 2, 5)).extracting(r -> r[0])
                .containsExactly("c");
        assertThat(EngineIdentities.orderAndPage(rows, List.of(), keys, null, 7, 5)).isEmpty();
    }
}
