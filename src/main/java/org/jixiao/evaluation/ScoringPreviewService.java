package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.Limits;
import org.jixiao.common.ValidationException;
import org.jixiao.evaluation.scoring.Evaluation;
import org.jixiao.evaluation.scoring.IndicatorInput;
import org.jixiao.evaluation.scoring.QualitativeGrade;
import org.jixiao.evaluation.scoring.RuleReading;
import org.jixiao.evaluation.scoring.ScoreInputChecks;
import org.jixiao.evaluation.scoring.ScoreSheet;
import org.jixiao.evaluation.scoring.ScoringConfig;
import org.jixiao.evaluation.scoring.ScoringEngine;
import org.jixiao.evaluation.scoring.ScoringRuleParser;
import org.jixiao.org.CurrentUser;
import org.jixiao.targets.ValueComparator;
import org.jixiao.targets.IndicatorValue;
import org.jixiao.targets.IndicatorValueParser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Scores a self-evaluation sent by another system with the caller's finance bureau configuration, saving nothing.
 * Every input problem is reported at once, on its field ({@code indicators[2].score}).
 */
@Service
public class ScoringPreviewService {
    private final ScoringConfigService configs;
    private final ZoneId zone;

    ScoringPreviewService(ScoringConfigService configs, @Value("${jixiao.time-zone:Asia/Shanghai}") String zone) {
        this.configs = configs;
        this.zone = ZoneId.of(zone);
    }

    public record Preview(int fiscalYear, ScoreSheet sheet) {
    }

    public Preview preview(CurrentUser user, ScoringPreviewRequest request) {
        Long bureau = ScoringConfigService.bureauOf(user);
        int year = ScoringConfigService.year(request.fiscalYear() != null ? request.fiscalYear()
                : LocalDate.now(zone).getYear());
        List<FieldViolation> violations = new ArrayList<>();
        List<IndicatorInput> inputs = new ArrayList<>();
        List<ScoringPreviewRequest.Indicator> indicators = request.indicators() == null ? List.of() : request.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            inputs.add(input(indicators.get(i), "indicators[" + i + "].", violations));
        }
        ScoringPreviewRequest.Budget budget = request.budget() != null ? request.budget()
                : new ScoringPreviewRequest.Budget(null, null);
        Evaluation evaluation = new Evaluation(budget.planned(), budget.executed(), inputs);
        violations.addAll(ScoreInputChecks.violations(evaluation));
        if (!violations.isEmpty()) {
            throw new ValidationException("自评数据有误，无法计分", dedupe(violations));
        }
        ScoringConfig config = configs.configFor(bureau, year);
        return new Preview(year, ScoringEngine.score(config, evaluation));
    }

    private static IndicatorInput input(ScoringPreviewRequest.Indicator in, String at, List<FieldViolation> v) {
        if (in == null) {
            v.add(new FieldViolation(at.substring(0, at.length() - 1), "指标不能为空"));
            return refusedInput(null);
        }
        if (!textsFit(in, at, v)) {
            return refusedInput(in);
        }
        if (in.key() == null || in.key().isBlank()) {
            v.add(new FieldViolation(at + "key", "请填写指标标识（key）"));
        }
        if (in.level1() == null || in.level1().isBlank()) {
            v.add(new FieldViolation(at + "level1", "请填写一级指标"));
        }
        ValueComparator comparator = null;
        BigDecimal target = in.value();
        String unit = null;
        boolean typed = in.valueText() != null && !in.valueText().isBlank();
        if (in.comparator() != null && !in.comparator().isBlank()) {
            try {
                comparator = ValueComparator.valueOf(in.comparator().strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                v.add(new FieldViolation(at + "comparator", "比较方式须为 GE、LE、EQ、GT、LT 之一（定性指标留空）"));
                return refusedInput(in);
            }
            if (typed) {
                v.add(new FieldViolation(at + "valueText", "comparator/value 与 valueText 只能填一种"));
            }
        } else if (typed) {
            IndicatorValue parsed = IndicatorValueParser.parse(in.valueText());
            if (!parsed.recognized()) {
                v.add(new FieldViolation(at + "valueText", parsed.problem()));
                return refusedInput(in);
            }
            comparator = parsed.comparator();
            target = parsed.value();
            unit = parsed.unit();
        } else if (in.value() != null) {
            v.add(new FieldViolation(at + "comparator", "填写了指标值，请同时填写比较方式（GE、LE、EQ、GT、LT）"));
            return refusedInput(in);
        }
        if (comparator == null) {
            QualitativeGrade grade = null;
            if (in.grade() != null && !in.grade().isBlank()) {
                try {
                    grade = QualitativeGrade.valueOf(in.grade().strip().toUpperCase());
                } catch (IllegalArgumentException e) {
                    v.add(new FieldViolation(at + "grade", "达成情况须为 ACHIEVED、PARTIAL、NOT_ACHIEVED 之一"));
                    return refusedInput(in);
                }
            }
            return IndicatorInput.qualitative(in.key(), in.level1(), in.weight(), grade, in.score());
        }
        RuleReading rule = ScoringRuleParser.parse(in.scoringRule(), comparator, target, unit);
        return IndicatorInput.quantitative(in.key(), in.level1(), comparator, target, in.weight(), rule, in.actual());
    }

    /** Every text within its limit, checked before anything is parsed (a 16,000-digit rule is refused, not read). */
    private static boolean textsFit(ScoringPreviewRequest.Indicator in, String at, List<FieldViolation> v) {
        int before = v.size();
        Limits.text(v, at + "key", "指标标识", in.key(), Limits.KEY);
        Limits.text(v, at + "level1", "一级指标", in.level1(), Limits.LEVEL1);
        Limits.text(v, at + "comparator", "比较方式", in.comparator(), Limits.KEY);
        Limits.text(v, at + "valueText", "指标值", in.valueText(), Limits.VALUE_TEXT);
        Limits.text(v, at + "scoringRule", "评分标准", in.scoringRule(), Limits.SCORING_RULE);
        Limits.text(v, at + "grade", "达成情况", in.grade(), Limits.KEY);
        return v.size() == before;
    }

    /** Stands in for an indicator already refused, so the engine's checks add no second error about it. */
    private static IndicatorInput refusedInput(ScoringPreviewRequest.Indicator in) {
        BigDecimal weight = in != null && in.weight() != null ? in.weight() : BigDecimal.ONE;
        return IndicatorInput.qualitative(in == null ? null : in.key(), in == null ? null : in.level1(), weight,
                QualitativeGrade.ACHIEVED, weight);
    }

    /** The parse step and the engine's checks may both name a field; say it once. */
    private static List<FieldViolation> dedupe(List<FieldViolation> violations) {
        List<FieldViolation> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (FieldViolation f : violations) {
            if (!fields.contains(f.field())) {
                fields.add(f.field());
                out.add(f);
            }
        }
        return out;
    }
}
