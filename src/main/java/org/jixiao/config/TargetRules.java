package org.jixiao.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a finance bureau requires of a fiscal year's targets before they may be submitted.
 *
 * @param requiredLevel1 一级 categories every target must carry (成本指标 only where the region follows
 *                       财预〔2021〕101号 and keeps 成本 as its own 一级)
 * @param indicatorTotal what the indicator weights (分值) must add up to; 90 where budget execution carries 10
 */
public record TargetRules(List<String> requiredLevel1, BigDecimal indicatorTotal) {

    public TargetRules {
        Objects.requireNonNull(requiredLevel1, "requiredLevel1");
        Objects.requireNonNull(indicatorTotal, "indicatorTotal");
        if (indicatorTotal.signum() <= 0) {
            throw new IllegalArgumentException("indicatorTotal must be positive: " + indicatorTotal);
        }
        requiredLevel1 = List.copyOf(requiredLevel1);
    }

    /** The central default: 产出, 效益, 满意度 present; indicators share 90 points. */
    public static TargetRules defaults() {
        return new TargetRules(List.of("产出指标", "效益指标", "满意度指标"), new BigDecimal("90"));
    }
}
