package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.evaluation.scoring.QualitativeGrade;

/**
 * What the unit enters in its self-evaluation; {@code version} is the one it read (optimistic locking);
 * {@code executionNote} is the 说明 required when 全年执行数 is above 全年预算数 (issue 12 §5 sense check).
 */
public record SelfEvaluationInput(Integer version, BigDecimal adjustedFunds, BigDecimal executedFunds,
                                  String budgetDeviation, String goalsActual, String conclusion, String problems, String improvements,
                                  List<Entry> indicators, String executionNote) {

    /** Figures that need no 说明. */
    public SelfEvaluationInput(Integer version, BigDecimal adjustedFunds, BigDecimal executedFunds,
                               String budgetDeviation, String goalsActual, String conclusion, String problems,
                               String improvements, List<Entry> indicators) {
        this(version, adjustedFunds, executedFunds, budgetDeviation, goalsActual, conclusion, problems, improvements,
                indicators, null);
    }

    /** 实际完成值 for a quantitative indicator; grade and score for a qualitative one; 偏差原因分析及改进措施. */
    public record Entry(Long indicatorId, BigDecimal actual, QualitativeGrade grade, BigDecimal score,
                        String deviation) {
    }
}
