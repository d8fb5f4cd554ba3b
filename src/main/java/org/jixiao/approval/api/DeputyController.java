package org.jixiao.approval.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.jixiao.approval.Deputies;
import org.jixiao.approval.Deputy;
import org.jixiao.common.NotFoundException;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 我的代理 (issue 13 §3): the caller's deputy during an absence; only ever the caller's own setting. */
@RestController
@RequestMapping("/api/me/deputy")
@Tag(name = "代理", description = "My deputy during an absence: sees and acts on my tasks, history says 代 X 审批")
class DeputyController {
    private final Deputies deputies;
    private final CurrentUserProvider currentUser;

    DeputyController(Deputies deputies, CurrentUserProvider currentUser) {
        this.deputies = deputies;
        this.currentUser = currentUser;
    }

    record DeputyRequest(String deputy, LocalDate from, LocalDate to) {
    }

    record DeputyJson(String deputy, LocalDate from, LocalDate to, boolean active) {
    }

    @GetMapping
    @Operation(summary = "My deputy setting (404 when none)")
    DeputyJson get() {
        CurrentUser user = currentUser.require();
        return deputies.of(user).map(this::json).orElseThrow(() -> new NotFoundException("尚未设置代理人"));
    }

    @PutMapping
    @Operation(summary = "Name my deputy from..to (dates, inclusive; from not before today, at most 90 days, "
            + "starting within a year); the deputy must hold all my review posts (same role and unit/department/"
            + "bureau); else 422 per field")
    DeputyJson put(@RequestBody(required = false) DeputyRequest body) {
        CurrentUser user = currentUser.require();
        DeputyRequest request = body == null ? new DeputyRequest(null, null, null) : body;
        return json(deputies.set(user, request.deputy(), request.from(), request.to()));
    }

    @DeleteMapping
    @Operation(summary = "End my deputy setting (204; 404 when none)")
    ResponseEntity<Void> delete() {
        if (!deputies.clear(currentUser.require())) {
            throw new NotFoundException("尚未设置代理人");
        }
        return ResponseEntity.noContent().build();
    }

    private DeputyJson json(Deputy d) {
        return new DeputyJson(d.deputyUsername(), d.startsOn(), d.endsOn(), d.covers(deputies.today()));
    }
}
