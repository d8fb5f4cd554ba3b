package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.evaluation.scoring.QualitativeGrade;

/** What the unit enters in its self-evaluation; {@code version} is the one it read (optimistic locking). */
public record SelfEvaluationInput(Integer version, BigDecimal adjustedFunds, BigDecimal executedFunds,
                                  String budgetDeviation, String goalsActual, String conclusion, String problems, String improvements,
                                  List<Entry> indicators) {

    /** 实际完成值 for a quantitative indicator; grade and score for a qualitative one; 偏差原因分析及改进措施. */
    public record Entry(Long indicatorId, BigDecimal actual, QualitativeGrade grade, BigDecimal score,
                        String deviation) {
    }
}
