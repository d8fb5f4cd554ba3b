package org.jixiao.targets;

/**
 * Published inside the transaction in which an approved adjustment replaces its lineage's approved version, so
 * that work still open against the old version (a monitoring report the unit has not handed in) can follow it.
 */
public record TargetVersionReplaced(Long supersededId, Long approvedId) {
}
