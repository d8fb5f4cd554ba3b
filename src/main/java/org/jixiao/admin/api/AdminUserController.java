package org.jixiao.admin.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.jixiao.admin.AdminUser;
import org.jixiao.admin.UserAdminService;
import org.jixiao.admin.UserDraft;
import org.jixiao.common.ValidationException;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The bureau's accounts (ADMIN only; anyone else 403). Accounts are deactivated, never deleted. */
@RestController
class AdminUserController {
    private final UserAdminService service;
    private final CurrentUserProvider currentUser;

    AdminUserController(UserAdminService service, CurrentUserProvider currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    record CreateUser(String username, String displayName, Long orgId, List<String> roles, String password) {
    }

    record UpdateUser(Integer version, String displayName, Long orgId, List<String> roles) {
    }

    record NewPassword(Integer version, String password) {
    }

    record Versioned(Integer version) {
    }

    @GetMapping("/api/admin/users")
    @Operation(summary = "The bureau's users with their roles and state")
    List<AdminUser> list() {
        return service.list(currentUser.require());
    }

    @PostMapping("/api/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user (several roles allowed); the password must be changed at first sign-in")
    AdminUser create(@RequestBody CreateUser body) {
        return service.create(currentUser.require(),
                new UserDraft(body.username(), body.displayName(), body.orgId(), body.roles(), body.password()));
    }

    /** The role check before any look at the body, so a non-admin gets 403 whatever they send. */
    private org.jixiao.org.CurrentUser admin() {
        org.jixiao.org.CurrentUser user = currentUser.require();
        org.jixiao.admin.OrgAdminService.bureauOf(user);
        return user;
    }

    @PutMapping("/api/admin/users/{id}")
    @Operation(summary = "Edit name, unit (move) and roles with the version read: 409 when stale")
    AdminUser update(@PathVariable Long id, @RequestBody UpdateUser body) {
        admin();
        if (body.version() == null) {
            throw ValidationException.of("version", "请带上读取时的版本号 version");
        }
        return service.update(admin(), id, body.version(),
                new UserDraft(null, body.displayName(), body.orgId(), body.roles(), null));
    }

    @PostMapping("/api/admin/users/{id}/reset-password")
    @Operation(summary = "Set a new password ({version, password}); the user must change it at the next sign-in")
    AdminUser resetPassword(@PathVariable Long id, @RequestBody NewPassword body) {
        return service.resetPassword(admin(), id, version(body.version()), body.password());
    }

    @PostMapping("/api/admin/users/{id}/deactivate")
    @Operation(summary = "Deactivate: the user can no longer sign in; what they drafted stays with the unit")
    AdminUser deactivate(@PathVariable Long id, @RequestBody(required = false) Versioned body) {
        return service.setActive(admin(), id, false, version(body == null ? null : body.version()));
    }

    @PostMapping("/api/admin/users/{id}/activate")
    @Operation(summary = "Reactivate a deactivated user")
    AdminUser activate(@PathVariable Long id, @RequestBody(required = false) Versioned body) {
        return service.setActive(admin(), id, true, version(body == null ? null : body.version()));
    }

    /** Every state change names the version it was decided on, like PUT: a stale one is 409. */
    private static int version(Integer version) {
        if (version == null) {
            throw ValidationException.of("version", "请带上读取时的版本号 version");
        }
        return version;
    }
}
