package org.jixiao.approval.chain;

import java.time.Instant;
import java.util.List;

/**
 * A bureau's chain for a year and type as the admin sees it. {@code configured} false: nothing saved, the defaults
 * apply (version 0). {@code configurable} false: the type's process does not run the configurable loop yet.
 * {@code afterReturn}: what happens once a step a case was returned to (退回到指定环节) approves again.
 */
public record ChainSetting(int fiscalYear, ChainType type, List<ChainStep> steps, int version, boolean configured,
                           boolean configurable, String updatedBy, Instant updatedAt, AfterReturn afterReturn) {

    /**
     * RERUN: the chain runs on from the step returned to, through every step again; TO_RETURNER (直送退回人): once
     * that step approves, the case goes straight back to the step that returned it.
     */
    public enum AfterReturn { RERUN, TO_RETURNER }
}
