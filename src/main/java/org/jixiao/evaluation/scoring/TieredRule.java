package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.targets.ValueComparator;

/**
 * "开展2次及以上得满分，开展1次得权重分的50%，未开展不得分": tiers tried in the order written, the first that holds
 * gives its share of the weight; when none holds, {@code otherwise}.
 */
public record TieredRule(List<Tier> tiers, BigDecimal otherwise, String unit) implements StepRule {

    /** {@code actual comparator threshold → fraction × weight}. */
    public record Tier(ValueComparator comparator, BigDecimal threshold, BigDecimal fraction) {
        boolean holds(BigDecimal actual) {
            int c = actual.compareTo(threshold);
            return switch (comparator) {
                case GE -> c >= 0;
                case GT -> c > 0;
                case LE -> c <= 0;
                case LT -> c < 0;
                case EQ -> c == 0;
            };
        }
    }

    public TieredRule {
        tiers = List.copyOf(tiers);
        unit = unit == null ? "" : unit;
    }

    @Override
    public BigDecimal points(BigDecimal actual, BigDecimal weight) {
        for (Tier tier : tiers) {
            if (tier.holds(actual)) {
                return Scores.ofWeight(tier.fraction(), weight);
            }
        }
        return Scores.ofWeight(otherwise, weight);
    }

    @Override
    public String description() {
        String parts = tiers.stream()
                .map(t -> t.comparator().symbol() + " " + Scores.plain(t.threshold()) + unit + " " + share(t.fraction()))
                .collect(Collectors.joining("；"));
        return "分档计分：" + parts + "；其余" + share(otherwise);
    }

    private static String share(BigDecimal fraction) {
        if (fraction.compareTo(BigDecimal.ONE) == 0) {
            return "得满分";
        }
        if (fraction.signum() == 0) {
            return "不得分";
        }
        return "得权重分的 " + Scores.plain(fraction.multiply(Scores.HUNDRED)) + "%";
    }
}
