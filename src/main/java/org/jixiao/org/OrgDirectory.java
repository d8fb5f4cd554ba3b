package org.jixiao.org;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.org.internal.OrgMapper;
import org.jixiao.org.internal.UserMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation tree and the scope rules over it ("who may see which unit").
 * The tree is small (hundreds of nodes), so it is read whole where a subtree is needed (a department's or a bureau's
 * units); a user's own position is walked upwards with a query per level, since that happens on every request.
 */
@Service
@Transactional(readOnly = true)
public class OrgDirectory {

    private final OrgMapper orgMapper;
    private final UserMapper userMapper;

    OrgDirectory(OrgMapper orgMapper, UserMapper userMapper) {
        this.orgMapper = orgMapper;
        this.userMapper = userMapper;
    }

    public Optional<OrgNode> node(Long id) {
        return Optional.ofNullable(id == null ? null : orgMapper.findById(id));
    }

    public Optional<OrgNode> unitByCode(String code) {
        OrgNode node = code == null ? null : orgMapper.findByCode(code);
        return Optional.ofNullable(node).filter(n -> n.getKind() == OrgKind.UNIT);
    }

    public List<OrgNode> all() {
        return orgMapper.findAll();
    }

    /**
     * The chain from a node up to the root, the node itself first. Walked with one query per level (a unit is three
     * or four levels deep): every token-authenticated request asks for its user's finance bureau, and reading the
     * whole tree for that cost a full read of hundreds of nodes per request (issue 12 §3).
     */
    public List<OrgNode> ancestry(Long nodeId) {
        return ancestryFrom(nodeId == null ? null : orgMapper.findById(nodeId));
    }

    private List<OrgNode> ancestryFrom(OrgNode node) {
        List<OrgNode> chain = new java.util.ArrayList<>();
        Set<Long> seen = new HashSet<>();
        OrgNode current = node;
        while (current != null && chain.size() < 16 && seen.add(current.getId())) {
            chain.add(current);
            current = current.getParentId() == null ? null : orgMapper.findById(current.getParentId());
        }
        return chain;
    }

    /** The nearest ancestor (or the node itself) of the given kind. */
    public Optional<OrgNode> nearest(Long nodeId, OrgKind kind) {
        return ancestry(nodeId).stream().filter(n -> n.getKind() == kind).findFirst();
    }

    public DataScope scopeOf(CurrentUser user) {
        if (user.roles().stream().allMatch(r -> r == Role.STAFF || r == Role.UNIT_LEADER)) {
            // their own unit only, as read with the user at sign-in (or at the token check): no read at all, since
            // this is asked several times in every request that opens, saves or submits a report (issue 12 §3)
            return new DataScope(!user.roles().isEmpty() && user.orgKind() == OrgKind.UNIT && user.orgId() != null
                    ? Set.of(user.orgId()) : Set.of());
        }
        Map<Long, OrgNode> byId = byId();
        Set<Long> units = new HashSet<>();
        for (Role role : user.roles()) {
            switch (role) {
                case STAFF, UNIT_LEADER -> units.add(user.orgId());
                case DEPT_REVIEWER -> units.addAll(unitsUnder(user.orgId(), byId));
                // held at the bureau or at one of its desks (科室), which act for the bureau
                case FINANCE_REVIEWER, ADMIN -> units.addAll(unitsUnder(
                        user.financeBureauId() != null ? user.financeBureauId() : user.orgId(), byId));
            }
        }
        units.removeIf(id -> !byId.containsKey(id) || byId.get(id).getKind() != OrgKind.UNIT);
        return new DataScope(Set.copyOf(units));
    }

    /** The budget units at or below a node (a department's units, or every unit of a finance bureau). */
    public Set<Long> unitsUnder(Long nodeId) {
        Map<Long, OrgNode> byId = byId();
        Set<Long> units = unitsUnder(nodeId, byId);
        units.removeIf(id -> byId.get(id).getKind() != OrgKind.UNIT);
        return units;
    }

    /** For each given unit, its nearest department (units without one are left out). One read of the tree. */
    public Map<Long, Long> departmentsOf(java.util.Collection<Long> unitIds) {
        Map<Long, OrgNode> byId = byId();
        Map<Long, Long> result = new java.util.HashMap<>();
        for (Long unitId : unitIds) {
            OrgNode current = byId.get(unitId);
            int depth = 0;
            while (current != null && depth++ < 16 && current.getKind() != OrgKind.DEPARTMENT) {
                current = current.getParentId() == null ? null : byId.get(current.getParentId());
            }
            if (current != null && current.getKind() == OrgKind.DEPARTMENT) {
                result.put(unitId, current.getId());
            }
        }
        return result;
    }

    /** Loads a user with roles and org position, or empty when unknown or disabled. */
    public Optional<CurrentUser> currentUser(String username) {
        AppUser user = userMapper.findByUsername(username);
        if (user == null || !user.isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(toCurrentUser(user));
    }

    public Optional<AppUser> account(String username) {
        AppUser user = userMapper.findByUsername(username);
        if (user != null) {
            user.setRoles(new HashSet<>(userMapper.findRoles(user.getId())));
        }
        return Optional.ofNullable(user);
    }

    private CurrentUser toCurrentUser(AppUser user) {
        OrgNode org = orgMapper.findById(user.getOrgId());
        Long financeId = ancestryFrom(org).stream().filter(n -> n.getKind() == OrgKind.FINANCE).findFirst()
                .map(OrgNode::getId).orElse(null);
        Set<Role> roles = Set.copyOf(userMapper.findRoles(user.getId()));
        return new CurrentUser(user.getId(), user.getUsername(), user.getDisplayName(), org.getId(),
                org.getKind(), org.getName(), roles, financeId);
    }

    private Map<Long, OrgNode> byId() {
        return orgMapper.findAll().stream().collect(Collectors.toMap(OrgNode::getId, Function.identity()));
    }

    private static Set<Long> unitsUnder(Long rootId, Map<Long, OrgNode> byId) {
        Set<Long> result = new HashSet<>();
        for (OrgNode node : byId.values()) {
            OrgNode current = node;
            int depth = 0;
            while (current != null && depth++ < 16) {
                if (current.getId().equals(rootId)) {
                    result.add(node.getId());
                    break;
                }
                current = current.getParentId() == null ? null : byId.get(current.getParentId());
            }
        }
        return result;
    }
}
