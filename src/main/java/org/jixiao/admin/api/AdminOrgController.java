package org.jixiao.admin.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.admin.OrgAdminService;
import org.jixiao.admin.OrgDraft;
import org.jixiao.common.ValidationException;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The org tree of the admin's finance bureau (ADMIN only; anyone else 403). */
@RestController
class AdminOrgController {
    private final OrgAdminService service;
    private final CurrentUserProvider currentUser;

    AdminOrgController(OrgAdminService service, CurrentUserProvider currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    record OrgJson(Long id, Long parentId, String kind, String code, String name, String unitType,
                   String unitTypeLabel, int level, boolean active, int version, Long inChargeDeskId) {
    }

    record CreateOrg(String kind, Long parentId, String code, String name, String unitType, Long inChargeDeskId) {
    }

    record UpdateOrg(Integer version, Long parentId, String code, String name, String unitType, Long inChargeDeskId) {
    }

    @GetMapping("/api/admin/orgs")
    @Operation(summary = "The bureau's org tree, parents first (level 1 = the bureau)")
    List<OrgJson> list() {
        List<OrgNode> nodes = service.list(currentUser.require());
        Map<Long, Integer> levels = new HashMap<>();
        return nodes.stream().map(n -> json(n, levels)).toList();
    }

    @PostMapping("/api/admin/orgs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a department, unit or desk: 201; 422 per field")
    OrgJson create(@RequestBody CreateOrg body) {
        OrgKind kind = kind(body.kind());
        OrgNode node = service.create(currentUser.require(), kind,
                new OrgDraft(body.parentId(), body.code(), body.name(), body.unitType(), body.inChargeDeskId()));
        return json(node, levelsOf());
    }

    @PutMapping("/api/admin/orgs/{id}")
    @Operation(summary = "Rename, recode, move or retype a node with the version read: 409 when stale")
    OrgJson update(@PathVariable Long id, @RequestBody UpdateOrg body) {
        OrgAdminService.bureauOf(currentUser.require());
        if (body.version() == null) {
            throw ValidationException.of("version", "请带上读取时的版本号 version");
        }
        OrgNode node = service.update(currentUser.require(), id, body.version(),
                new OrgDraft(body.parentId(), body.code(), body.name(), body.unitType(), body.inChargeDeskId()));
        return json(node, levelsOf());
    }

    record Versioned(Integer version) {
    }

    @PostMapping("/api/admin/orgs/{id}/deactivate")
    @Operation(summary = "Deactivate a node with the version read ({version}); never deleted: 409 while active nodes or "
            + "users remain below it, or when stale")
    OrgJson deactivate(@PathVariable Long id, @RequestBody(required = false) Versioned body) {
        OrgAdminService.bureauOf(currentUser.require());
        if (body == null || body.version() == null) {
            throw ValidationException.of("version", "请带上读取时的版本号 version");
        }
        return json(service.deactivate(currentUser.require(), id, body.version()), levelsOf());
    }

    private Map<Long, Integer> levelsOf() {
        Map<Long, Integer> levels = new HashMap<>();
        service.list(currentUser.require()).forEach(n -> level(n, levels));
        return levels;
    }

    private static OrgJson json(OrgNode n, Map<Long, Integer> levels) {
        return new OrgJson(n.getId(), n.getParentId(), n.getKind().name(), n.getCode(), n.getName(),
                n.getUnitType() == null ? null : n.getUnitType().name(),
                n.getUnitType() == null ? null : n.getUnitType().label(), level(n, levels), n.isActive(),
                n.getVersion(), n.getInChargeDeskId());
    }

    /** Parents come first in the list, so each node's level is its parent's plus one. */
    private static int level(OrgNode n, Map<Long, Integer> levels) {
        return levels.computeIfAbsent(n.getId(), id -> n.getParentId() == null ? 1
                : levels.getOrDefault(n.getParentId(), 1) + 1);
    }

    private static OrgKind kind(String text) {
        try {
            OrgKind kind = text == null ? null : OrgKind.valueOf(text);
            if (kind != null && kind != OrgKind.FINANCE) {
                return kind;
            }
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        throw ValidationException.of("kind", "类型须为 DEPARTMENT（主管部门）、UNIT（预算单位）或 DESK（科室）");
    }
}
