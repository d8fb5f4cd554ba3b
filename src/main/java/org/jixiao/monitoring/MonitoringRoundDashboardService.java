package org.jixiao.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.common.ForbiddenException;
import org.jixiao.monitoring.internal.MonitoringRoundDashboardMapper;
import org.jixiao.monitoring.internal.ProgressCounts;
import org.jixiao.monitoring.internal.RedListEntry;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.springframework.stereotype.Service;

/**
 * The round dashboard (监控看板): progress by department (finance) or by unit (departments and units, over
 * their own units only), and the red list (红灯清单). Scope is {@link MonitoringRoundService#get}'s: a round the
 * caller may not see is not found.
 */
@Service
public class MonitoringRoundDashboardService {
    /** The red list is paged; one page never holds more than this. */
    public static final int MAX_PAGE = 1000;

    private final MonitoringRoundService rounds;
    private final MonitoringRoundDashboardMapper mapper;
    private final OrgDirectory directory;

    MonitoringRoundDashboardService(MonitoringRoundService rounds, MonitoringRoundDashboardMapper mapper, OrgDirectory directory) {
        this.rounds = rounds;
        this.mapper = mapper;
        this.directory = directory;
    }

    /** A round as one caller sees it: {@code units} null = the whole round (finance, admin). */
    record Scoped(MonitoringRoundSummary round, Set<Long> units) {
        boolean byUnit() {
            return units != null;
        }
    }

    Scoped scoped(CurrentUser user, Long roundId) {
        MonitoringRoundSummary round = rounds.get(user, roundId);
        if (user.hasAnyRole(Role.FINANCE_REVIEWER, Role.ADMIN)) {
            return new Scoped(round, null);
        }
        return new Scoped(round, directory.scopeOf(user).unitIds());
    }

    /** Finance and admin export whole rounds, a department its own units; unit roles may not export. */
    public boolean mayExport(CurrentUser user) {
        return user.hasAnyRole(Role.FINANCE_REVIEWER, Role.ADMIN, Role.DEPT_REVIEWER);
    }

    void requireExport(CurrentUser user) {
        if (!mayExport(user)) {
            throw new ForbiddenException("只有财政局和主管部门可以导出监控结果");
        }
    }

    /**
     * Finance sees one row per department of the round (departments without reports yet show zeros);
     * everyone else one row per own unit that has reports in the round.
     */
    public List<ProgressRow> progress(CurrentUser user, Long roundId) {
        Scoped scoped = scoped(user, roundId);
        Map<Long, OrgNode> nodes = directory.all().stream().collect(Collectors.toMap(OrgNode::getId, Function.identity()));
        Map<Long, ProgressCounts> byGroup = new LinkedHashMap<>();
        for (ProgressCounts counts : mapper.progress(roundId, scoped.units(), scoped.byUnit(), ReportStatus.SUBMITTED)) {
            byGroup.put(counts.getGroupId(), counts);
        }
        if (!scoped.byUnit()) {
            for (Long department : departmentsOf(user, scoped.round(), nodes)) {
                byGroup.computeIfAbsent(department, id -> {
                    ProgressCounts empty = new ProgressCounts();
                    empty.setGroupId(id);
                    return empty;
                });
            }
        }
        String level = scoped.byUnit() ? "UNIT" : "DEPARTMENT";
        List<ProgressRow> rows = new ArrayList<>();
        for (ProgressCounts c : byGroup.values()) {
            OrgNode node = c.getGroupId() == null ? null : nodes.get(c.getGroupId());
            rows.add(new ProgressRow(c.getGroupId(), node == null ? "（无主管部门）" : node.getName(), level,
                    c.getCreated(), c.getSubmitted(), c.getApproved(), c.getOverdue(),
                    new MonitoringRoundSummary.Lights(c.getRed(), c.getYellow(), c.getGreen(), c.getBlue())));
        }
        rows.sort(Comparator.comparing(ProgressRow::orgId, Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    private List<Long> departmentsOf(CurrentUser user, MonitoringRoundSummary round, Map<Long, OrgNode> nodes) {
        return round.allDepartments()
                ? departments(user.financeBureauId(), nodes).stream().map(OrgNode::getId).toList()
                : round.departmentIds();
    }

    /** A page of the red list in the caller's scope. */
    public List<RedListEntry> redList(CurrentUser user, Long roundId, int offset, int limit) {
        Scoped scoped = scoped(user, roundId);
        return mapper.redList(roundId, scoped.units(), Math.max(0, offset), Math.max(0, Math.min(limit, MAX_PAGE)));
    }

    public int countRed(CurrentUser user, Long roundId) {
        return mapper.countRed(roundId, scoped(user, roundId).units());
    }

    /** The departments of the caller's finance bureau, for choosing the scope of a new round. */
    public List<OrgNode> departments(CurrentUser user) {
        if (user.financeBureauId() == null) {
            return List.of();
        }
        return departments(user.financeBureauId(),
                directory.all().stream().collect(Collectors.toMap(OrgNode::getId, Function.identity())));
    }

    /** Departments below the bureau, walking the tree in memory (one read of it, not one per node). */
    private static List<OrgNode> departments(Long financeId, Map<Long, OrgNode> nodes) {
        List<OrgNode> result = new ArrayList<>();
        for (OrgNode node : nodes.values()) {
            if (node.getKind() != OrgKind.DEPARTMENT) {
                continue;
            }
            OrgNode current = node;
            int depth = 0;
            while (current != null && depth++ < 16 && current.getKind() != OrgKind.FINANCE) {
                current = current.getParentId() == null ? null : nodes.get(current.getParentId());
            }
            if (current != null && current.getKind() == OrgKind.FINANCE && current.getId().equals(financeId)) {
                result.add(node);
            }
        }
        result.sort(Comparator.comparing(OrgNode::getId));
        return result;
    }
}
