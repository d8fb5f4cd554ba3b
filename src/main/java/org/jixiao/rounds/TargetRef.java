package org.jixiao.rounds;

/** An approved target still waiting for its item in a round: just what an item row needs. */
public record TargetRef(Long id, Long unitId) {
}
