package org.jixiao.security.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.jixiao.org.AccountsChanged;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgKind;
import org.jixiao.org.Role;
import org.junit.jupiter.api.Test;

/** The token cache's own rules, without a database: lifetime, the token's expiry, and what drops an entry. */
class TokenCacheTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Instant NEXT_YEAR = NOW.plusSeconds(365L * 86400);

    @Test
    void anEntryLivesItsLifetimeAndNeverPastTheTokensExpiry() {
        TokenCache cache = new TokenCache(5);
        cache.put("a", owner(1L, "zhang"), NOW, NEXT_YEAR, NOW);
        assertThat(cache.find("a", NOW.plusSeconds(4))).isNotNull();
        assertThat(cache.find("a", NOW.plusSeconds(5))).as("after 5 s the database is asked again").isNull();

        cache.put("b", owner(2L, "li"), NOW, NOW.plusSeconds(2), NOW);
        assertThat(cache.find("b", NOW.plusSeconds(1))).isNotNull();
        assertThat(cache.find("b", NOW.plusSeconds(2))).as("the token expired").isNull();
    }

    @Test
    void revocationAndAccountChangesDropEntriesAtOnce() {
        TokenCache cache = new TokenCache(5);
        cache.put("a", owner(1L, "zhang"), NOW, NEXT_YEAR, NOW);
        cache.put("b", owner(2L, "zhang"), NOW, NEXT_YEAR, NOW);
        cache.put("c", owner(3L, "li"), NOW, NEXT_YEAR, NOW);

        cache.forgetToken(1L);
        assertThat(cache.find("a", NOW)).isNull();
        assertThat(cache.find("b", NOW)).isNotNull();

        cache.accountsChanged(new AccountsChanged("zhang"));
        assertThat(cache.find("b", NOW)).as("every token of the changed person").isNull();
        assertThat(cache.find("c", NOW)).isNotNull();

        cache.accountsChanged(AccountsChanged.everyone());
        assertThat(cache.find("c", NOW)).isNull();
    }

    @Test
    void zeroSecondsTurnsTheCacheOff() {
        TokenCache cache = new TokenCache(0);
        cache.put("a", owner(1L, "zhang"), NOW, NEXT_YEAR, NOW);
        assertThat(cache.find("a", NOW)).isNull();
    }

    private static PersonalTokenService.Authenticated owner(Long tokenId, String username) {
        return new PersonalTokenService.Authenticated(tokenId, new CurrentUser(7L, username, username, 3L, OrgKind.UNIT,
                "单位", Set.of(Role.STAFF), 1L));
    }
}
