package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;

/**
 * One indicator's 得分.
 *
 * @param rule what was applied, in Chinese (the prose rule read, or the default formula and why)
 */
public record ItemScore(String key, String level1, BigDecimal weight, BigDecimal score, String rule) {

    /** Below full score the form requires 偏差原因分析及改进措施. */
    public boolean belowFull() {
        return score.compareTo(weight) < 0;
    }
}
