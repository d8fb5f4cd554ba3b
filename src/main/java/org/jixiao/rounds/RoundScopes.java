package org.jixiao.rounds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.common.FieldViolation;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.jixiao.rounds.internal.RoundTableMapper;
import org.springframework.stereotype.Component;

/**
 * What a round covers — every unit of the finance bureau, or the units of chosen departments of that bureau — and
 * which of those units a caller may see. The same for every kind of round.
 */
@Component
public class RoundScopes {
    private final OrgDirectory directory;
    private final RoundTableMapper tables;

    RoundScopes(OrgDirectory directory, RoundTableMapper tables) {
        this.directory = directory;
        this.tables = tables;
    }

    /** The units covered: all of the bureau's when {@code departmentIds} is null. */
    public Set<Long> units(Long financeOrgId, List<Long> departmentIds) {
        if (departmentIds == null) {
            return directory.unitsUnder(financeOrgId);
        }
        Set<Long> units = new HashSet<>();
        departmentIds.forEach(d -> units.addAll(directory.unitsUnder(d)));
        return units;
    }

    /** The units a stored round covers. */
    public Set<Long> units(RoundTables kind, RoundHeader round) {
        return units(round.financeOrgId(), departments(kind, round));
    }

    /** A stored round's chosen departments, or null when it covers all of them. */
    public List<Long> departments(RoundTables kind, RoundHeader round) {
        return round.allDepartments() ? null : tables.findDepartmentIds(kind, round.id());
    }

    /** The round as the worker needs it, or null when it does not exist. */
    public RoundRef ref(RoundTables kind, Long roundId) {
        RoundHeader round = tables.findHeader(kind, roundId);
        if (round == null) {
            return null;
        }
        Set<Long> units = units(kind, round);
        return new RoundRef(round.id(), round.financeOrgId(), round.fiscalYear(), units, directory.departmentsOf(units));
    }

    /**
     * Empty when the round is outside the caller's scope (reported as not found); else the units whose items the
     * caller may count ({@link Visible#units()} null = the whole round, for finance and admin).
     */
    public Optional<Visible> visible(CurrentUser user, RoundTables kind, RoundHeader round) {
        if (!round.financeOrgId().equals(user.financeBureauId())) {
            return Optional.empty();
        }
        if (user.hasAnyRole(Role.FINANCE_REVIEWER, Role.ADMIN)) {
            return Optional.of(Visible.ALL);
        }
        Set<Long> units = new HashSet<>(directory.scopeOf(user).unitIds());
        units.retainAll(units(kind, round));
        return units.isEmpty() ? Optional.empty() : Optional.of(new Visible(units));
    }

    /**
     * A round's total as the caller sees it: the whole round's for finance; else, while the round is still opening,
     * the approved targets in the caller's units, and once open the items there ({@code createdVisible}).
     */
    public int total(RoundHeader round, Visible visible, int createdVisible) {
        if (visible.units() == null) {
            return round.total();
        }
        return "OPENING".equals(round.status()) ? tables.countApprovedTargets(round.fiscalYear(), visible.units())
                : createdVisible;
    }

    /** A stored round's chosen departments for display: empty when it covers all of them. */
    public List<Long> departmentsShown(RoundTables kind, RoundHeader round) {
        return round.allDepartments() ? List.of() : tables.findDepartmentIds(kind, round.id());
    }

    /** The units of a round the caller may count; {@code units} null means all of them. */
    public record Visible(Set<Long> units) {
        public static final Visible ALL = new Visible(null);
    }

    /**
     * The chosen departments, checked: each must be a department of the caller's bureau. Problems are added to
     * {@code violations} as {@code departmentIds[i]}; null in, null out (= all departments).
     */
    public List<Long> departments(CurrentUser user, List<Long> departmentIds, List<FieldViolation> violations) {
        if (departmentIds == null) {
            return null;
        }
        if (departmentIds.isEmpty()) {
            violations.add(new FieldViolation("departmentIds", "请至少选择一个主管部门（不传 departmentIds 表示全部部门）"));
        }
        Set<Long> distinct = new LinkedHashSet<>();
        for (int i = 0; i < departmentIds.size(); i++) {
            Long id = departmentIds.get(i);
            Optional<OrgNode> node = id == null ? Optional.empty() : directory.node(id);
            boolean ours = node.isPresent() && node.get().getKind() == OrgKind.DEPARTMENT
                    && directory.nearest(id, OrgKind.FINANCE).map(OrgNode::getId)
                    .filter(f -> f.equals(user.financeBureauId())).isPresent();
            if (ours) {
                distinct.add(id);
            } else {
                violations.add(new FieldViolation("departmentIds[" + i + "]", "主管部门 " + id + " 不存在或不属于本财政局"));
            }
        }
        return new ArrayList<>(distinct);
    }
}
