package org.jixiao.security.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.security.PasswordChanges;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {
    private final CurrentUserProvider currentUser;
    private final OrgDirectory directory;
    private final PasswordChanges passwords;

    MeController(CurrentUserProvider currentUser, OrgDirectory directory, PasswordChanges passwords) {
        this.currentUser = currentUser;
        this.directory = directory;
        this.passwords = passwords;
    }

    record OrgJson(Long id, String kind, String code, String name) {
    }

    record MeJson(String username, String displayName, List<Role> roles, OrgJson org, List<OrgJson> orgPath,
                  boolean passwordChangeRequired) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    @GetMapping("/api/me")
    @Operation(summary = "Who am I: roles and place in the organisation")
    MeJson me() {
        CurrentUser user = currentUser.require();
        List<OrgJson> path = directory.ancestry(user.orgId()).stream().map(MeController::json).toList();
        return new MeJson(user.username(), user.displayName(), user.roles().stream().sorted().toList(),
                path.isEmpty() ? null : path.get(0), path, passwords.changeRequired(user.username()));
    }

    @PostMapping("/api/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change my password: 204; 422 on currentPassword (wrong) or newPassword (policy: ≥10 "
            + "characters, not the username, not a common password). Clears a forced change.")
    void changePassword(@RequestBody PasswordChange body) {
        passwords.change(currentUser.require().username(), body.currentPassword(), body.newPassword());
    }

    private static OrgJson json(OrgNode n) {
        return new OrgJson(n.getId(), n.getKind().name(), n.getCode(), n.getName());
    }
}
