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
import org.springframework.stereotype.Component;

/** What a round covers: every unit of the finance bureau, or the units of chosen departments of that bureau. */
@Component
public class RoundScopes {
    private final OrgDirectory directory;

    RoundScopes(OrgDirectory directory) {
        this.directory = directory;
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
