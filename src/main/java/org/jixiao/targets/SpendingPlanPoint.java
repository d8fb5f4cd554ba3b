package org.jixiao.targets;

import java.math.BigDecimal;

/** 资金支出计划: cumulative percentage of the budget spent by the end of {@code month}. */
public record SpendingPlanPoint(int month, BigDecimal percent) {
}
