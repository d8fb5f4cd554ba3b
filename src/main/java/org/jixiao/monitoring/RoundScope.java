package org.jixiao.monitoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.org.OrgDirectory;
import org.springframework.stereotype.Component;

/** The budget units a round covers: every unit of the bureau, or the units of the chosen departments. */
@Component
class RoundScope {
    private final OrgDirectory directory;
    private final MonitoringRoundMapper rounds;

    RoundScope(OrgDirectory directory, MonitoringRoundMapper rounds) {
        this.directory = directory;
        this.rounds = rounds;
    }

    Set<Long> unitIds(MonitoringRound round) {
        if (round.isAllDepartments()) {
            return directory.unitsUnder(round.getFinanceOrgId());
        }
        List<Long> departments = round.getDepartmentIds().isEmpty() && round.getId() != null
                ? rounds.findDepartmentIds(round.getId()) : round.getDepartmentIds();
        return unitIds(departments);
    }

    Set<Long> unitIds(List<Long> departmentIds) {
        Set<Long> units = new HashSet<>();
        for (Long departmentId : departmentIds) {
            units.addAll(directory.unitsUnder(departmentId));
        }
        return units;
    }
}
