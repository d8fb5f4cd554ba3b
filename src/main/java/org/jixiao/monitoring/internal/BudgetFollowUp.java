package org.jixiao.monitoring.internal;

/** What finance decides for the budget when it requires rectification (财预〔2019〕136号). */
public enum BudgetFollowUp {
    CONTINUE("继续执行"), ADJUST("调剂"), CANCEL("取消"), SUSPEND("暂缓或停止拨款");

    private final String label;

    BudgetFollowUp(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
