package org.jixiao.rounds;

import java.util.Map;
import java.util.Set;

/**
 * What the worker needs of a round: its bureau, year, the units it covers and each unit's department (resolved
 * once per run, not per chunk).
 */
public record RoundRef(Long id, Long financeOrgId, int fiscalYear, Set<Long> unitIds, Map<Long, Long> departmentOfUnit) {
}
