package org.jixiao.security.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.security.tokens.PersonalToken;
import org.jixiao.security.tokens.PersonalTokenAuthentication;
import org.jixiao.security.tokens.PersonalTokenService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me/tokens")
@Tag(name = "个人访问令牌", description = "Personal access tokens for machine clients: Authorization: Bearer jxp_…")
class PersonalTokenController {
    private final PersonalTokenService tokens;
    private final CurrentUserProvider currentUser;

    PersonalTokenController(PersonalTokenService tokens, CurrentUserProvider currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    record CreateTokenJson(String name, Integer expiresInDays) {
    }

    /** {@code token} is the secret itself: shown in this answer only, never again. */
    record CreatedTokenJson(Long id, String token, String name, Instant expiresAt) {
    }

    record TokenJson(Long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                     boolean expired) {
    }

    @PostMapping
    @Operation(summary = "Create a token (1–365 days); the answer holds the token, which cannot be shown again")
    ResponseEntity<CreatedTokenJson> create(@RequestBody CreateTokenJson body) {
        PersonalTokenService.requireSignedInWithPassword(withToken());
        PersonalTokenService.Created created = tokens.create(currentUser.require(), body.name(), body.expiresInDays());
        return ResponseEntity.created(URI.create("/api/me/tokens/" + created.id()))
                .body(new CreatedTokenJson(created.id(), created.token(), created.details().name(),
                        created.details().expiresAt()));
    }

    @GetMapping
    @Operation(summary = "My tokens that are not revoked (expired ones included, marked)")
    List<TokenJson> list() {
        Instant now = Instant.now();
        return tokens.list(currentUser.require()).stream().map(t -> json(t, now)).toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of my tokens; it stops working at once on every node")
    ResponseEntity<Void> revoke(@PathVariable Long id) {
        PersonalTokenService.requireSignedInWithPassword(withToken());
        tokens.revoke(currentUser.require(), id);
        return ResponseEntity.noContent().build();
    }

    private static boolean withToken() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PersonalTokenAuthentication;
    }

    private static TokenJson json(PersonalToken t, Instant now) {
        return new TokenJson(t.id(), t.name(), t.prefix(), t.createdAt(), t.expiresAt(), t.lastUsedAt(), t.expired(now));
    }
}
