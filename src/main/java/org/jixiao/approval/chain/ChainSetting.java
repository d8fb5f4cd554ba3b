package org.jixiao.approval.chain;

import java.time.Instant;
import java.util.List;

/**
 * A bureau's chain for a year and type as the admin sees it. {@code configured} false: nothing saved, the defaults
 * apply (version 0). {@code configurable} false: the type's process does not run the configurable loop yet.
 */
public record ChainSetting(int fiscalYear, ChainType type, List<ChainStep> steps, int version, boolean configured,
                           boolean configurable, String updatedBy, Instant updatedAt) {
}
