package org.jixiao.targets.sheet;

import org.jixiao.common.xlsx.CellError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.common.Limits;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.IndicatorValue;
import org.jixiao.targets.IndicatorValueParser;

/**
 * Turns the texts of one indicator row (from a sheet or a pasted block) into an {@link Indicator}, with every
 * problem named by column. Shared by the import and the paste so both read the same way: the 指标值 text is kept as
 * typed and read by {@link IndicatorValueParser}; a value it cannot read is a warning, not an error, because a draft
 * may hold it (the submission checks refuse it later, as they do for a value typed in the editor).
 */
public final class IndicatorRows {

    /** Where each column of the row came from, so a problem names the cell; null columns are absent. */
    public interface Where {
        String of(Column column);
    }

    public enum Column {
        LEVEL1("一级指标"), LEVEL2("二级指标"), NAME("三级指标"), DESCRIPTION("绩效指标描述"), VALUE("指标值"),
        WEIGHT("分值"), BASIS("指标值确定依据"), STANDARD("绩效标准"), SCORING_RULE("评分标准");

        public final String label;

        Column(String label) {
            this.label = label;
        }
    }

    /** The texts of one row as found; level1/level2 already carried down from the rows above. */
    public record Texts(String level1, String level2, String name, String description, String value, String weight,
                        String basis, String standard, String scoringRule) {
    }

    /** The row as read, plus its errors (block the import) and warnings (shown, not blocking). */
    public record Row(Indicator indicator, List<CellError> errors, List<CellError> warnings) {
    }

    private IndicatorRows() {
    }

    /** Reads one row; {@code index} is the indicator's position in the target, for the field names. */
    public static Row read(int index, Texts t, Where where) {
        List<CellError> errors = new ArrayList<>();
        List<CellError> warnings = new ArrayList<>();
        String level1 = t.level1(), level2 = t.level2(), name = t.name(), description = t.description();
        String value = t.value(), weight = t.weight(), basis = t.basis(), standard = t.standard();
        String scoringRule = t.scoringRule();
        String f = "indicators[" + index + "]";
        Indicator indicator = new Indicator();
        indicator.setSortOrder(index);
        indicator.setLevel1(required(level1, Column.LEVEL1, Limits.LEVEL1, f + ".level1", where, errors));
        indicator.setLevel2(required(level2, Column.LEVEL2, Limits.LEVEL2, f + ".level2", where, errors));
        indicator.setName(required(name, Column.NAME, Limits.NAME, f + ".name", where, errors));
        indicator.setDescription(optional(description, Column.DESCRIPTION, Limits.INDICATOR_DESCRIPTION,
                f + ".description", where, errors));
        indicator.setValueText(required(value, Column.VALUE, Limits.VALUE_TEXT, f + ".valueText", where, errors));
        indicator.setBasis(optional(basis, Column.BASIS, Limits.BASIS, f + ".basis", where, errors));
        indicator.setStandard(optional(standard, Column.STANDARD, Limits.STANDARD, f + ".standard", where, errors));
        indicator.setScoringRule(optional(scoringRule, Column.SCORING_RULE, Limits.SCORING_RULE, f + ".scoringRule",
                where, errors));
        indicator.setWeight(weight(weight, f + ".weight", where, errors));
        if (indicator.getValueText() != null) {
            IndicatorValue parsed = IndicatorValueParser.parse(indicator.getValueText());
            indicator.setComparator(parsed.comparator());
            indicator.setValue(parsed.value());
            indicator.setUnit(parsed.unit());
            if (!parsed.recognized()) {
                warnings.add(new CellError(where.of(Column.VALUE), f + ".valueText", parsed.problem()));
            }
        }
        return new Row(indicator, errors, warnings);
    }

    /** 分值: a plain number (25, 25.00, 25分); blank is allowed in a draft. */
    static BigDecimal weight(String text, String field, Where where, List<CellError> errors) {
        String t = clean(text);
        if (t == null) {
            return null;
        }
        String digits = t.endsWith("分") ? t.substring(0, t.length() - 1).strip() : t;
        BigDecimal weight = Numbers.parse(digits);
        if (weight == null) {
            errors.add(new CellError(where.of(Column.WEIGHT), field, "分值「" + Numbers.quote(t) + "」不是数字"));
            return null;
        }
        String problem = Limits.WEIGHT.problem(weight);
        if (problem != null) {
            errors.add(new CellError(where.of(Column.WEIGHT), field, "分值" + problem));
            return null;
        }
        return weight;
    }

    private static String required(String text, Column column, int max, String field, Where where,
                                   List<CellError> errors) {
        String t = clean(text);
        if (t == null) {
            errors.add(new CellError(where.of(column), field, "未填写" + column.label));
            return null;
        }
        return optional(t, column, max, field, where, errors);
    }

    private static String optional(String text, Column column, int max, String field, Where where,
                                   List<CellError> errors) {
        String t = clean(text);
        if (t != null && t.length() > max) {
            errors.add(new CellError(where.of(column), field, Limits.tooLong(column.label, max)));
            return null;
        }
        return t;
    }

    /** Trimmed (also the ideographic space people pad with), null when blank. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace('\u3000', ' ').replace('\u00A0', ' ').strip();
        return t.isEmpty() ? null : t;
    }
}
