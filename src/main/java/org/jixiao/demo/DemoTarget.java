package org.jixiao.demo;

import java.math.BigDecimal;
import java.util.List;

/** One entry of {@code demo/targets.json}, transcribed from the seed documents. */
record DemoTarget(String kind, int fiscalYear, String unitCode, String projectCode, String name,
                  String projectAttribute, String implementationPeriod, BigDecimal fiscalFunds,
                  BigDecimal otherFunds, String fundUse, List<Point> spendingPlan, String goals,
                  List<Task> tasks, List<DemoIndicator> indicators, String demoStatus, String returnOpinion) {

    record Point(int month, BigDecimal percent) {
    }

    record Task(String name, String content, BigDecimal fiscalAmount, BigDecimal otherAmount) {
    }

    record DemoIndicator(String level1, String level2, String name, String description, String valueText,
                         BigDecimal weight, String basis, String standard, String scoringRule) {
    }
}
