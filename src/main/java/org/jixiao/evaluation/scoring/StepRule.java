package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;

/** A prose 评分标准 read into arithmetic; it replaces the default formula of its indicator. */
public sealed interface StepRule permits StepDeduction, TieredRule {

    /** The points for actual value {@code actual} out of {@code weight}, unrounded, within [0, weight]. */
    BigDecimal points(BigDecimal actual, BigDecimal weight);

    /** The rule as it was understood, in Chinese, for the form next to the score. */
    String description();
}
