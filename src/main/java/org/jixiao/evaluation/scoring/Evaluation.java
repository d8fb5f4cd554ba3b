package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a self-evaluation gives the engine: the funds (全年预算数 — the adjusted budget — and 全年执行数, 万元)
 * and the indicators.
 */
public record Evaluation(BigDecimal planned, BigDecimal executed, List<IndicatorInput> indicators) {
    public Evaluation {
        indicators = List.copyOf(indicators);
    }
}
