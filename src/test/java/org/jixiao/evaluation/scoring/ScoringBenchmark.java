package org.jixiao.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jixiao.targets.ValueComparator;
import org.junit.jupiter.api.Test;

/**
 * Not a timed test (excluded from {@code mvn verify} by its name): scores 50 000 self-evaluations of 10–20
 * indicators with mixed rules through {@link ScoringEngine}, then the same arithmetic as a plain loop, and prints
 * both times and their ratio. Run it with
 * {@code mvn -o -q test -Dtest=ScoringBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ScoringBenchmark {
    private static final int EVALUATIONS = 50_000;
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal TEN = BigDecimal.TEN;

    /** The rules a unit writes, read once per target (as a form reads them when it loads the target). */
    private static final RuleReading STEP = ScoringRuleParser.parse(
            "大于等于2000人次得满分，每少200人次扣除权重分的10%，扣完为止", ValueComparator.GE, BigDecimal.valueOf(2000), "人次");
    private static final RuleReading TIERS = ScoringRuleParser.parse(
            "开展2次及以上得满分，开展1次得权重分的50%，未开展不得分", ValueComparator.GE, BigDecimal.valueOf(2), "次");
    private static final RuleReading DECLINE = ScoringRuleParser.parse(
            "下降率大于0%得满分，等于0%得权重分的80%，小于0%不得分", ValueComparator.GT, BigDecimal.ZERO, "%");
    private static final RuleReading UNREAD = ScoringRuleParser.parse(
            "按时完成得满分，未按时完成一项扣除权重分的10%，扣完为止", ValueComparator.EQ, BigDecimal.valueOf(100), "%");

    @Test
    void fiftyThousandSelfEvaluations() {
        List<Evaluation> evaluations = generate(new Random(42));
        ScoringConfig config = ScoringConfig.defaults();
        long indicators = evaluations.stream().mapToLong(e -> e.indicators().size()).sum();

        engine(config, evaluations.subList(0, 5_000));   // warm-up, both paths
        plain(evaluations.subList(0, 5_000));

        long t0 = System.nanoTime();
        BigDecimal engineSum = engine(config, evaluations);
        long t1 = System.nanoTime();
        BigDecimal plainSum = plain(evaluations);
        long t2 = System.nanoTime();

        double engineMs = (t1 - t0) / 1e6;
        double plainMs = (t2 - t1) / 1e6;
        System.out.printf("ScoringBenchmark: %,d self-evaluations, %,d indicators%n", evaluations.size(), indicators);
        System.out.printf("  engine (checks, rules, descriptions, warnings): %,.0f ms%n", engineMs);
        System.out.printf("  plain loop (same BigDecimal arithmetic):         %,.0f ms%n", plainMs);
        System.out.printf("  ratio engine / plain: %.1f×; sum of totals %s (both)%n", engineMs / plainMs, engineSum);
        assertThat(engineSum).as("both paths compute the same scores").isEqualByComparingTo(plainSum);
    }

    private static BigDecimal engine(ScoringConfig config, List<Evaluation> evaluations) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Evaluation e : evaluations) {
            sum = sum.add(ScoringEngine.score(config, e).total());
        }
        return sum;
    }

    /** The arithmetic of docs/rules.md §3 inline: no records, no checks, no texts. */
    private static BigDecimal plain(List<Evaluation> evaluations) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Evaluation e : evaluations) {
            BigDecimal budget = e.planned().signum() <= 0 ? TEN
                    : clamp(e.executed().divide(e.planned(), MC).multiply(TEN, MC), TEN);
            BigDecimal total = budget.setScale(2, RoundingMode.HALF_UP);
            for (IndicatorInput in : e.indicators()) {
                BigDecimal w = in.weight();
                BigDecimal s;
                if (in.comparator() == null) {
                    s = in.score();
                } else if (in.rule().rule() instanceof StepDeduction d) {
                    BigDecimal gap = d.fullAt().subtract(in.actual());
                    s = gap.signum() <= 0 ? w : w.subtract(gap.divide(d.step(), 0, RoundingMode.FLOOR)
                            .multiply(d.perStep()).multiply(w)).max(BigDecimal.ZERO);
                } else if (in.rule().rule() instanceof TieredRule r) {
                    s = clamp(r.otherwise().multiply(w, MC), w);
                    for (TieredRule.Tier t : r.tiers()) {
                        if (t.holds(in.actual())) {
                            s = clamp(t.fraction().multiply(w, MC), w);
                            break;
                        }
                    }
                } else {
                    BigDecimal t = in.target();
                    BigDecimal a = in.actual();
                    switch (in.comparator()) {
                        case GE, GT -> s = a.compareTo(t) >= 0 ? w : t.signum() <= 0 ? BigDecimal.ZERO
                                : clamp(a.divide(t, MC).multiply(w, MC), w);
                        case LE, LT -> s = a.compareTo(t) <= 0 ? w : t.signum() <= 0 || a.compareTo(t.add(t)) >= 0
                                ? BigDecimal.ZERO : clamp(BigDecimal.ONE.subtract(a.subtract(t).divide(t, MC)).multiply(w, MC), w);
                        default -> s = t.signum() == 0 ? (a.signum() <= 0 ? w : BigDecimal.ZERO)
                                : a.compareTo(t) >= 0 ? w : clamp(a.divide(t, MC).multiply(w, MC), w);
                    }
                }
                total = total.add(s.setScale(2, RoundingMode.HALF_UP));
            }
            sum = sum.add(total);
        }
        return sum;
    }

    private static BigDecimal clamp(BigDecimal points, BigDecimal w) {
        return points.signum() < 0 ? BigDecimal.ZERO : points.min(w);
    }

    private static List<Evaluation> generate(Random random) {
        List<Evaluation> out = new ArrayList<>(EVALUATIONS);
        String[] level1 = {"产出指标", "效益指标", "满意度指标"};
        for (int i = 0; i < EVALUATIONS; i++) {
            int n = 10 + random.nextInt(11);
            List<IndicatorInput> indicators = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                BigDecimal w = BigDecimal.valueOf(2 + random.nextInt(9));
                String key = "i" + k;
                String l1 = level1[k % 3];
                indicators.add(switch (random.nextInt(8)) {
                    case 0 -> IndicatorInput.quantitative(key, l1, ValueComparator.GE, BigDecimal.valueOf(100), w, null,
                            BigDecimal.valueOf(random.nextInt(12_000), 2));
                    case 1 -> IndicatorInput.quantitative(key, l1, ValueComparator.LE, BigDecimal.valueOf(450), w, null,
                            BigDecimal.valueOf(300 + random.nextInt(700)));
                    case 2 -> IndicatorInput.quantitative(key, l1, ValueComparator.EQ, random.nextBoolean()
                            ? BigDecimal.ZERO : BigDecimal.valueOf(3), w, null, BigDecimal.valueOf(random.nextInt(4)));
                    case 3 -> IndicatorInput.quantitative(key, l1, ValueComparator.GE, BigDecimal.valueOf(2000), w, STEP,
                            BigDecimal.valueOf(random.nextInt(2500)));
                    case 4 -> IndicatorInput.quantitative(key, l1, ValueComparator.GE, BigDecimal.valueOf(2), w, TIERS,
                            BigDecimal.valueOf(random.nextInt(4)));
                    case 5 -> IndicatorInput.quantitative(key, l1, ValueComparator.GT, BigDecimal.ZERO, w, DECLINE,
                            BigDecimal.valueOf(random.nextInt(21) - 10));
                    case 6 -> IndicatorInput.quantitative(key, l1, ValueComparator.EQ, BigDecimal.valueOf(100), w, UNREAD,
                            BigDecimal.valueOf(80 + random.nextInt(21)));
                    default -> {
                        QualitativeGrade g = QualitativeGrade.values()[random.nextInt(3)];
                        yield IndicatorInput.qualitative(key, l1, w, g, g.lowest(w).setScale(2, RoundingMode.HALF_UP));
                    }
                });
            }
            BigDecimal planned = BigDecimal.valueOf(10_000 + random.nextInt(1_000_000), 2);
            BigDecimal executed = planned.multiply(BigDecimal.valueOf(50 + random.nextInt(60)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            out.add(new Evaluation(planned, executed, indicators));
        }
        return out;
    }
}
