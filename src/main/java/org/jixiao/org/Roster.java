package org.jixiao.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who can act on a review task, as one snapshot: the active users and the candidate groups the BPMN offers tasks
 * to ({@code STAFF:unit}, {@code UNIT_LEADER:unit}, {@code DEPT_REVIEWER:department},
 * {@code FINANCE_REVIEWER:bureau}, and {@code FINANCE_REVIEWER:desk} for a desk's steps of a configured chain; see
 * {@link CandidateGroups}). Built by a pure function from the user and org
 * tables, so the engine's identity view and Jixiao's own routing can never disagree. A group exists for every
 * active node of the kind its role is held at, whether or not anyone holds it yet (an empty group still names the
 * unit a waiting task is offered to).
 */
public record Roster(List<Person> people, List<Group> groups) {

    /** An active user; {@code groupIds} are the candidate groups the user is in (existing groups only). */
    public record Person(String username, String displayName, Long orgId, Set<Role> roles, List<String> groupIds) {
        public boolean admin() {
            return roles.contains(Role.ADMIN);
        }
    }

    /** A candidate group: a role held at one org node. */
    public record Group(String id, String name, Role role, Long orgId) {
    }

    /** The roles a task can be offered to, each with the org kind its group is named after. */
    private static final List<Role> CANDIDATE_ROLES =
            List.of(Role.STAFF, Role.UNIT_LEADER, Role.DEPT_REVIEWER, Role.FINANCE_REVIEWER);

    /**
     * @param users enabled users with their roles filled in (disabled ones are left out here too)
     * @param nodes the whole org tree
     */
    public static Roster of(List<AppUser> users, List<OrgNode> nodes) {
        Map<Long, OrgNode> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.getId(), n));
        Map<String, Group> groups = new java.util.LinkedHashMap<>();
        nodes.stream().filter(OrgNode::isActive).sorted(Comparator.comparing(OrgNode::getId)).forEach(node -> {
            for (Role role : CANDIDATE_ROLES) {
                // a finance desk (科室) is offered the steps of a configured chain that go to it (issue 13 §1)
                if (role.heldAt() == node.getKind() || role == Role.FINANCE_REVIEWER && node.getKind() == OrgKind.DESK) {
                    String id = CandidateGroups.of(role, node.getId());
                    groups.put(id, new Group(id, node.getName() + " · " + label(role), role, node.getId()));
                }
            }
        });
        List<Person> people = new ArrayList<>();
        for (AppUser user : users) {
            if (!user.isEnabled() || !byId.containsKey(user.getOrgId())) {
                continue;
            }
            OrgNode org = byId.get(user.getOrgId());
            CurrentUser current = new CurrentUser(user.getId(), user.getUsername(), user.getDisplayName(),
                    org.getId(), org.getKind(), org.getName(), Set.copyOf(user.getRoles()), financeBureauOf(org, byId));
            Set<String> memberOf = new LinkedHashSet<>(CandidateGroups.of(current));
            memberOf.retainAll(groups.keySet());
            people.add(new Person(user.getUsername(), user.getDisplayName(), org.getId(), current.roles(),
                    List.copyOf(memberOf)));
        }
        people.sort(Comparator.comparing(Person::username));
        return new Roster(List.copyOf(people), List.copyOf(groups.values()));
    }

    private static Long financeBureauOf(OrgNode node, Map<Long, OrgNode> byId) {
        OrgNode current = node;
        for (int depth = 0; current != null && depth < 16; depth++) {
            if (current.getKind() == OrgKind.FINANCE) {
                return current.getId();
            }
            current = current.getParentId() == null ? null : byId.get(current.getParentId());
        }
        return null;
    }

    /** Group names are data the engine's webapps show beside a task; the bureau's language. */
    static String label(Role role) {
        return switch (role) {
            case STAFF -> "经办人";
            case UNIT_LEADER -> "单位负责人";
            case DEPT_REVIEWER -> "主管部门审核";
            case FINANCE_REVIEWER -> "财政审核";
            case ADMIN -> "系统管理员";
        };
    }
}
