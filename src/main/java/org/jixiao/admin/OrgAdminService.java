package org.jixiao.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.admin.internal.AdminMapper;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgNode;
import org.jixiao.org.OrgNodes;
import org.jixiao.org.Role;
import org.jixiao.org.UnitType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The org tree as the bureau's admin changes it: create, rename, move, deactivate. Nodes are never deleted, so old
 * targets keep the unit they were made for; a stale version is 409, every change lands in the audit log.
 */
@Service
public class OrgAdminService {
    private final OrgDirectory directory;
    private final OrgNodes nodes;
    private final AdminMapper admin;
    private final AuditLog audit;

    OrgAdminService(OrgDirectory directory, OrgNodes nodes, AdminMapper admin, AuditLog audit) {
        this.directory = directory;
        this.nodes = nodes;
        this.admin = admin;
        this.audit = audit;
    }

    /** The admin's bureau; everything else here is refused (403) to anyone else. */
    public static Long bureauOf(CurrentUser user) {
        if (user == null || !user.hasRole(Role.ADMIN) || user.financeBureauId() == null) {
            throw new ForbiddenException("只有系统管理员可以管理组织机构和用户");
        }
        return user.financeBureauId();
    }

    /** The bureau's branch, parents before children (by id, since a parent is always created first). */
    @Transactional(readOnly = true)
    public List<OrgNode> list(CurrentUser user) {
        Long bureau = bureauOf(user);
        Map<Long, OrgNode> tree = tree();
        return tree.values().stream().filter(n -> OrgChecks.inBureau(n.getId(), tree, bureau)).toList();
    }

    @Transactional
    public OrgNode create(CurrentUser user, OrgKind kind, OrgDraft draft) {
        Long bureau = bureauOf(user);
        Map<Long, OrgNode> tree = tree();
        var problems = OrgChecks.check(kind, draft, null, tree, bureau);
        if (!problems.isEmpty()) {
            throw new ValidationException("组织节点未保存", problems);
        }
        OrgNode node = new OrgNode(draft.parentId(), kind, blankToNull(draft.code()), draft.name().strip());
        node.setUnitType(UnitType.parse(draft.unitType()));
        node.setInChargeDeskId(draft.inChargeDeskId());
        nodes.add(node);
        audit.record(user.username(), "ORG_CREATE", "ORG", node.getId(), node.getName(), null, snapshot(node));
        return directory.node(node.getId()).orElseThrow();
    }

    @Transactional
    public OrgNode update(CurrentUser user, Long id, int version, OrgDraft draft) {
        Long bureau = bureauOf(user);
        Map<Long, OrgNode> tree = tree();
        OrgNode before = inScope(tree, id, bureau);
        if (before.getKind() == OrgKind.FINANCE) {
            // the bureau itself: only its name changes
            draft = new OrgDraft(null, before.getCode(), draft.name(), null, null);
            if (draft.name() == null || draft.name().isBlank()) {
                throw ValidationException.of("name", "请填写名称");
            }
        } else {
            var problems = OrgChecks.check(before.getKind(), draft, id, tree, bureau);
            if (!problems.isEmpty()) {
                throw new ValidationException("组织节点未保存", problems);
            }
        }
        OrgNode after = copy(before);
        after.setParentId(before.getKind() == OrgKind.FINANCE ? before.getParentId() : draft.parentId());
        after.setCode(before.getKind() == OrgKind.FINANCE ? before.getCode() : blankToNull(draft.code()));
        after.setName(draft.name().strip());
        after.setUnitType(UnitType.parse(draft.unitType()));
        after.setInChargeDeskId(draft.inChargeDeskId());
        after.setVersion(version);
        if (admin.updateNode(after) == 0) {
            throw new ConflictException("该节点已被他人修改，请刷新后重试", Map.of("code", "STALE_VERSION"));
        }
        OrgNode saved = directory.node(id).orElseThrow();
        audit.record(user.username(), before.getParentId() != null && !before.getParentId().equals(saved.getParentId())
                ? "ORG_MOVE" : "ORG_UPDATE", "ORG", id, saved.getName(), snapshot(before), snapshot(saved));
        return saved;
    }

    /** Refused (409) while active nodes hang below or enabled users sit here: they must move first. */
    @Transactional
    public OrgNode deactivate(CurrentUser user, Long id, int version) {
        Long bureau = bureauOf(user);
        OrgNode before = inScope(tree(), id, bureau);
        if (before.getKind() == OrgKind.FINANCE) {
            throw new ConflictException("财政局本身不能停用");
        }
        int children = admin.countActiveChildren(id);
        int people = admin.countEnabledUsersAt(id);
        if (children > 0 || people > 0) {
            throw new ConflictException("该节点下还有 " + children + " 个在用的下级节点和 " + people
                    + " 个在用的用户，请先移走或停用", Map.of("code", "ORG_IN_USE"));
        }
        if (admin.deactivateNode(id, version) == 0) {
            throw before.isActive()
                    ? new ConflictException("该节点已被他人修改，请刷新后重试", Map.of("code", "STALE_VERSION"))
                    : new ConflictException("该节点已停用", Map.of("code", "ALREADY_INACTIVE"));
        }
        OrgNode saved = directory.node(id).orElseThrow();
        audit.record(user.username(), "ORG_DEACTIVATE", "ORG", id, saved.getName(), snapshot(before), snapshot(saved));
        return saved;
    }

    Map<Long, OrgNode> tree() {
        return directory.all().stream().collect(Collectors.toMap(OrgNode::getId, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    static OrgNode inScope(Map<Long, OrgNode> tree, Long id, Long bureau) {
        OrgNode node = tree.get(id);
        if (node == null || !OrgChecks.inBureau(id, tree, bureau)) {
            throw new NotFoundException("组织节点 " + id + " 不存在");
        }
        return node;
    }

    static Map<String, Object> snapshot(OrgNode n) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", n.getKind());
        s.put("parentId", n.getParentId());
        s.put("code", n.getCode());
        s.put("name", n.getName());
        s.put("unitType", n.getUnitType());
        s.put("inChargeDeskId", n.getInChargeDeskId());
        s.put("active", n.isActive());
        s.put("version", n.getVersion());
        return s;
    }

    private static OrgNode copy(OrgNode n) {
        OrgNode c = new OrgNode(n.getParentId(), n.getKind(), n.getCode(), n.getName());
        c.setId(n.getId());
        c.setUnitType(n.getUnitType());
        c.setActive(n.isActive());
        c.setVersion(n.getVersion());
        c.setInChargeDeskId(n.getInChargeDeskId());
        return c;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
