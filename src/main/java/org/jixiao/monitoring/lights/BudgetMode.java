package org.jixiao.monitoring.lights;

/** What budget execution is compared with (docs/rules.md §2); chosen per finance bureau and fiscal year. */
public enum BudgetMode {
    /** 按时间进度: expected execution is m/12 of the budget. */
    TIME_ELAPSED("按时间进度"),
    /** 按资金支出计划: expected execution is the target's own cumulative 资金支出计划 at month m. */
    SPENDING_PLAN("按资金支出计划");

    private final String label;

    BudgetMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
