package org.jixiao.targets.sheet;

import org.jixiao.common.xlsx.CellError;
import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.targets.Indicator;
import org.jixiao.targets.ValueComparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Excel paste parser: blocks as Excel puts them on the clipboard, from the seeds' rows. */
class IndicatorPasteTest {

    @Test
    void seedRowsWithBlankContinuationCells() {
        String block = """
                一级指标\t二级指标\t三级指标\t指标值\t分值\t依据
                产出指标\t数量指标\t组织专家审查次数\t≥12次\t25\t根据年初工作计划安排
                \t质量指标\t工作保障率\t-100%\t15\t根据年初工作计划安排
                \t\t培训合格率\t≥95%\t10\t
                效果指标\t社会效益指标\t安全生产事故发生率\t≤8%\t30\t
                满意度指标\t服务对象满意度指标\t企业满意度\t90%以上\t10\t问卷调查
                """;
        IndicatorPaste.Result result = IndicatorPaste.parse(block);
        assertThat(result.ok()).isTrue();
        assertThat(result.indicators()).extracting(i -> i.getLevel1() + "/" + i.getLevel2() + "/" + i.getName())
                .containsExactly("产出指标/数量指标/组织专家审查次数", "产出指标/质量指标/工作保障率", "产出指标/质量指标/培训合格率",
                        "效果指标/社会效益指标/安全生产事故发生率", "满意度指标/服务对象满意度指标/企业满意度");
        Indicator dash = result.indicators().get(1);
        assertThat(dash.getValueText()).isEqualTo("-100%");
        assertThat(dash.getComparator()).isEqualTo(ValueComparator.EQ);
        assertThat(result.indicators().get(4).getComparator()).isEqualTo(ValueComparator.GE);
        assertThat(result.indicators().get(0).getWeight()).isEqualByComparingTo("25");
        assertThat(result.rows()).extracting(IndicatorPaste.PastedRow::line).containsExactly(2, 3, 4, 5, 6);
    }

    @Test
    void quotedCellsWithLineBreaksAndWindowsLineEnds() {
        String block = "产出指标\t数量指标\t\"开展应急演练\n（含桌面推演）\"\t≥2次\t20\t\"年度\"\"工作\"\"计划\"\r\n"
                + "\t\t教育培训人数\t≥2000人次\t\t\r\n";
        IndicatorPaste.Result result = IndicatorPaste.parse(block);
        assertThat(result.ok()).isTrue();
        assertThat(result.indicators().get(0).getName()).isEqualTo("开展应急演练\n（含桌面推演）");
        assertThat(result.indicators().get(0).getBasis()).isEqualTo("年度\"工作\"计划");
        assertThat(result.indicators().get(1).getLevel2()).isEqualTo("数量指标");
        assertThat(result.indicators().get(1).getWeight()).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "产出指标\t数量指标\t\t≥12次\t25\t               | 第 1 行「三级指标」 未填写三级指标",
        "∅\t数量指标\t培训次数\t≥12次\t25\t              | 第 1 行「一级指标」 未填写一级指标",
        "产出指标\t\t培训次数\t≥12次\t25\t               | 第 1 行「二级指标」 未填写二级指标",
        "产出指标\t数量指标\t培训次数\t\t25\t             | 第 1 行「指标值」 未填写指标值",
        "产出指标\t数量指标\t培训次数\t≥12次\t二十\t       | 第 1 行「分值」 分值「二十」不是数字",
        "产出指标\t数量指标\t培训次数\t≥12次\t-5\t          | 第 1 行「分值」 分值不能为负数",
        "产出指标\t数量指标\t培训次数\t≥12次\t25\t依据\t多余 | 第 1 行 多出 1 列：只读取一级、二级、三级、指标值、分值、依据 6 列",
    })
    void rowErrorsNameTheRowAndColumn(String line, String expected) {
        IndicatorPaste.Result result = IndicatorPaste.parse(line.strip().replace("∅", "")); // ∅: an empty first cell, which CSV would trim
        assertThat(result.rows()).hasSize(1);
        assertThat(result.rows().get(0).errors()).extracting(e -> e.cell() + " " + e.message())
                .containsExactly(expected.strip());
    }

    @Test
    void unreadableValueIsAWarningWithTheTextKept() {
        IndicatorPaste.Result result = IndicatorPaste.parse("产出指标\t时效指标\t办结时限\t≥**天\t10\t");
        assertThat(result.ok()).isTrue();
        assertThat(result.rows().get(0).warnings()).extracting(CellError::message)
                .containsExactly("指标值缺少数字（「≥**天」）");
        assertThat(result.indicators().get(0).getValueText()).isEqualTo("≥**天");
    }

    @Test
    void blockBounds() {
        assertThat(IndicatorPaste.parse(" \n\t\n").errors()).extracting(CellError::message).containsExactly("没有可读取的内容");
        assertThat(IndicatorPaste.parse("x".repeat(IndicatorPaste.MAX_CHARS + 1)).errors())
                .extracting(CellError::message).containsExactly("粘贴的内容过长（超过 100000 个字），请分批粘贴");
        String many = "产出指标\t数量指标\t次数\t≥1次\t1\t\n".repeat(IndicatorPaste.MAX_ROWS + 1);
        IndicatorPaste.Result result = IndicatorPaste.parse(many);
        assertThat(result.rows()).hasSize(IndicatorPaste.MAX_ROWS);
        assertThat(result.errors()).extracting(CellError::message).containsExactly("一次最多粘贴 200 行指标");
        assertThat(result.ok()).isFalse();
    }
}
