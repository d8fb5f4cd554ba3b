package org.jixiao.monitoring;

/** An approved target still waiting for its report in a round: just what a report row needs. */
public record TargetRef(Long id, Long unitId) {
}
