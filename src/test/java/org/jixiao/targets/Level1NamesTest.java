package org.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Level1NamesTest {

    @ParameterizedTest
    @CsvSource({"产出指标,产出指标", "产出,产出指标", "效果指标,效益指标", "效益,效益指标", "效果,效益指标",
            "满意度,满意度指标", "' 成本 指标 ',成本指标"})
    void namesTheCategoryOneWay(String written, String canonical) {
        assertThat(Level1Names.canonical(written)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource({"''", "' '"})
    void blankIsNoCategory(String written) {
        assertThat(Level1Names.canonical(written)).isNull();
    }
}
