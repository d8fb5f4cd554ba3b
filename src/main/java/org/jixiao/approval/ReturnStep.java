package org.jixiao.approval;

/**
 * Where a reviewer may return a case (退回到指定环节, issue 13 §3): the drafter ({@code key} {@value #DRAFTER}) or a
 * step the case has passed in this run. {@code straightBack}: the chain's option 直送退回人 (once that step approves,
 * the case comes straight back to the returning step) rather than running the chain again from it.
 */
public record ReturnStep(String key, String name, boolean straightBack) {
    public static final String DRAFTER = "drafter";

    public boolean drafter() {
        return DRAFTER.equals(key);
    }
}
