package org.jixiao.security.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {
    private final CurrentUserProvider currentUser;
    private final OrgDirectory directory;

    MeController(CurrentUserProvider currentUser, OrgDirectory directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    record OrgJson(Long id, String kind, String code, String name) {
    }

    record MeJson(String username, String displayName, List<Role> roles, OrgJson org, List<OrgJson> orgPath) {
    }

    @GetMapping("/api/me")
    @Operation(summary = "Who am I: roles and place in the organisation")
    MeJson me() {
        CurrentUser user = currentUser.require();
        List<OrgJson> path = directory.ancestry(user.orgId()).stream().map(MeController::json).toList();
        return new MeJson(user.username(), user.displayName(), user.roles().stream().sorted().toList(),
                path.isEmpty() ? null : path.get(0), path);
    }

    private static OrgJson json(OrgNode n) {
        return new OrgJson(n.getId(), n.getKind().name(), n.getCode(), n.getName());
    }
}
