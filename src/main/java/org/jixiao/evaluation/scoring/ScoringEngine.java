package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jixiao.common.FieldViolation;
import org.jixiao.targets.Level1Names;

/**
 * Scores a self-evaluation with a bureau's {@link ScoringConfig}: budget row, each indicator (its prose rule where
 * one was read, else the default formula; the evaluator's score for qualitative ones), rounded to 2 decimals,
 * total, grade and results application. Input that {@link ScoreInputChecks} refuses is refused here too.
 */
public final class ScoringEngine {
    private static final String UNNAMED = "（未填一级指标）";
    private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();

    private ScoringEngine() {
    }

    public static ScoreSheet score(ScoringConfig config, Evaluation evaluation) {
        List<FieldViolation> problems = ScoreInputChecks.violations(evaluation);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream().map(p -> p.field() + "：" + p.message())
                    .collect(Collectors.joining("；")));
        }
        BudgetScore budget = BudgetScore.of(evaluation.planned(), evaluation.executed(), config.budgetPoints());
        List<ItemScore> items = new ArrayList<>(evaluation.indicators().size());
        BigDecimal indicatorScore = BigDecimal.ZERO;
        for (IndicatorInput in : evaluation.indicators()) {
            ItemScore item = item(config, in);
            items.add(item);
            indicatorScore = indicatorScore.add(item.score());
        }
        BigDecimal total = budget.score().add(indicatorScore);
        Grade grade = config.gradeBands().grade(total);
        return new ScoreSheet(budget, items, indicatorScore, total, grade, config.outcome(grade),
                warnings(config, evaluation.indicators()));
    }

    /**
     * One indicator alone, for a form that scores as values are typed. Input that
     * {@link ScoreInputChecks#violations(String, IndicatorInput)} refuses is refused here too.
     */
    public static ItemScore scoreIndicator(ScoringConfig config, IndicatorInput in) {
        List<FieldViolation> problems = ScoreInputChecks.violations("", in);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream().map(p -> p.field() + "：" + p.message())
                    .collect(Collectors.joining("；")));
        }
        return item(config, in);
    }

    static ItemScore item(ScoringConfig config, IndicatorInput in) {
        if (in.qualitative()) {
            return new ItemScore(in.key(), in.level1(), in.weight(), Scores.round(in.score()),
                    "定性指标：" + in.grade().label() + "，得分区间 " + in.grade().band(in.weight()));
        }
        RuleReading reading = in.rule();
        if (reading.read()) {
            return new ItemScore(in.key(), in.level1(), in.weight(),
                    Scores.round(reading.rule().points(in.actual(), in.weight())), reading.description());
        }
        BigDecimal points = IndicatorFormulas.score(in.comparator(), in.target(), in.actual(), in.weight(),
                config.lowerIsBetter());
        String formula = IndicatorFormulas.describe(in.comparator(), config.lowerIsBetter());
        String rule = reading.written() ? reading.description() + "：" + formula : "默认公式（" + formula + "）";
        return new ItemScore(in.key(), in.level1(), in.weight(), Scores.round(points), rule);
    }

    /**
     * Level1Names.canonical runs a regular expression; the same few category names come back on every indicator,
     * so they are remembered (bounded: free text cannot grow the cache without limit).
     */
    private static String canonical(String level1) {
        if (level1 == null) {
            return UNNAMED;
        }
        String known = CANONICAL.get(level1);
        if (known != null) {
            return known;
        }
        String name = Level1Names.canonical(level1);
        name = name == null ? UNNAMED : name;
        if (CANONICAL.size() < 1_000) {
            CANONICAL.put(level1, name);
        }
        return name;
    }

    /** Category weights that do not match the configuration: reported, never silently rescaled. */
    static List<String> warnings(ScoringConfig config, List<IndicatorInput> indicators) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        BigDecimal all = BigDecimal.ZERO;
        for (IndicatorInput in : indicators) {
            sums.merge(canonical(in.level1()), in.weight(), BigDecimal::add);
            all = all.add(in.weight());
        }
        Map<String, BigDecimal> weights = new HashMap<>();
        for (Level1Weight w : config.weights()) {
            weights.put(canonical(w.level1()), w.weight());
        }
        List<String> warnings = new ArrayList<>();
        sums.forEach((name, sum) -> {
            BigDecimal configured = weights.get(name);
            if (configured == null) {
                warnings.add("一级指标「" + name + "」不在本年度评分配置中");
            } else if (configured.compareTo(sum) != 0) {
                warnings.add("「" + name + "」各指标分值合计 " + Scores.plain(sum) + "，配置为 " + Scores.plain(configured));
            }
        });
        if (all.compareTo(config.indicatorTotal()) != 0) {
            warnings.add("指标分值合计 " + Scores.plain(all) + "，配置的绩效指标总分为 " + Scores.plain(config.indicatorTotal()));
        }
        return warnings;
    }
}
