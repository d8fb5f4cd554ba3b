package org.jixiao.targets;

import java.util.Optional;

/**
 * Where a target's evaluation results come from. Implemented by the evaluation feature, which depends on target:
 * this interface keeps target free of that dependency (no cycle). Callers check the target's scope first.
 */
public interface TargetResults {

    /** The latest approved self-evaluation of exactly this target version, if any. */
    Optional<TargetResult> latest(Long targetId);
}
