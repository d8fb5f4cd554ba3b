package org.jixiao.org;

import java.util.Set;

/**
 * The budget units whose data a user may see: staff their unit, a department its units,
 * finance everything under the bureau. {@code unitIds} is always explicit so queries can use it.
 */
public record DataScope(Set<Long> unitIds) {

    public boolean includes(Long unitId) {
        return unitId != null && unitIds.contains(unitId);
    }

    public boolean isEmpty() {
        return unitIds.isEmpty();
    }
}
