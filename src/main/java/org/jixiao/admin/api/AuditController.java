package org.jixiao.admin.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.jixiao.admin.internal.AuditEntry;
import org.jixiao.admin.AuditLog;
import org.jixiao.admin.OrgAdminService;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log of admin actions, newest first (ADMIN only). */
@RestController
class AuditController {
    private final AuditLog audit;
    private final CurrentUserProvider currentUser;

    AuditController(AuditLog audit, CurrentUserProvider currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    record AuditPage(long total, List<AuditEntry> entries) {
    }

    @GetMapping("/api/admin/audit")
    @Operation(summary = "Admin actions, newest first: who, when, what, before and after (JSON)")
    AuditPage list(@RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int offset) {
        OrgAdminService.bureauOf(currentUser.require());
        return new AuditPage(audit.count(), audit.page(limit, offset));
    }
}
