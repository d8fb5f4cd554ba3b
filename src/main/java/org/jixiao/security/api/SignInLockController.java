package org.jixiao.security.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.security.lockout.LockKind;
import org.jixiao.security.lockout.SignInGuard;
import org.jixiao.security.lockout.SignInLock;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/locks")
@Tag(name = "登录锁定", description = "Accounts and client addresses locked after repeated failed sign-ins (ADMIN)")
class SignInLockController {
    private final SignInGuard guard;
    private final CurrentUserProvider currentUser;

    SignInLockController(SignInGuard guard, CurrentUserProvider currentUser) {
        this.guard = guard;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Locks in force now: kind ACCOUNT (a username) or ADDRESS (a client address)")
    List<SignInLock> locks() {
        return guard.activeLocks(currentUser.require());
    }

    @DeleteMapping("/{subject}")
    @Operation(summary = "Clear a lock early (an account by default; ?kind=ADDRESS for a client address)")
    ResponseEntity<Void> clear(@PathVariable String subject,
                               @RequestParam(defaultValue = "ACCOUNT") LockKind kind) {
        guard.clear(currentUser.require(), kind, subject);
        return ResponseEntity.noContent().build();
    }
}
