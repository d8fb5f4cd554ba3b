package org.jixiao.rounds;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Table names go into SQL text, so only plain lower-case names are accepted. */
class RoundTablesTest {

    @ParameterizedTest
    @ValueSource(strings = {"monitoring_round", "evaluation_round_department", "self_evaluation", "k"})
    void plainNamesAreAccepted(String name) {
        assertThatCode(() -> new RoundTables(name, name, name)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Round", "round; DROP TABLE x", "round--", "1round", "round.name", "round name"})
    void anythingElseIsRefused(String name) {
        assertThatThrownBy(() -> new RoundTables("monitoring_round", name, "monitoring_report"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
