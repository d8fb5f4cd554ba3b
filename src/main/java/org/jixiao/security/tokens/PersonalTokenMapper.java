package org.jixiao.security.tokens;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface PersonalTokenMapper {

    /** One indexed read per request: a live token of an enabled user. */
    @Select("SELECT t.id AS token_id, u.username, t.last_used_at, t.expires_at FROM personal_token t "
            + "JOIN app_user u ON u.id = t.user_id "
            + "WHERE t.token_hash = #{hash} AND t.revoked_at IS NULL AND t.expires_at > #{now} AND u.enabled = TRUE")
    TokenOwner findLive(@Param("hash") String hash, @Param("now") Instant now);

    /** Conditional, so two nodes serving the same token in the same minute write once. */
    @Update("UPDATE personal_token SET last_used_at = #{now} WHERE id = #{id} "
            + "AND (last_used_at IS NULL OR last_used_at < #{staleBefore})")
    int touch(@Param("id") Long id, @Param("now") Instant now, @Param("staleBefore") Instant staleBefore);

    @Insert("INSERT INTO personal_token (user_id, name, token_hash, token_prefix, created_at, expires_at) "
            + "VALUES (#{userId}, #{name}, #{hash}, #{prefix}, #{createdAt}, #{expiresAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insert(NewToken token);

    @Select("SELECT id, name, token_prefix AS prefix, created_at, expires_at, last_used_at FROM personal_token "
            + "WHERE user_id = #{userId} AND revoked_at IS NULL ORDER BY created_at DESC, id DESC")
    List<PersonalToken> listOf(@Param("userId") Long userId);

    @Select("SELECT COUNT(*) FROM personal_token WHERE user_id = #{userId} AND revoked_at IS NULL AND expires_at > #{now}")
    int countLive(@Param("userId") Long userId, @Param("now") Instant now);

    /** Only the owner's own, not yet revoked token: 0 rows when it is someone else's, unknown or already revoked. */
    @Update("UPDATE personal_token SET revoked_at = #{now} WHERE id = #{id} AND user_id = #{userId} AND revoked_at IS NULL")
    int revoke(@Param("id") Long id, @Param("userId") Long userId, @Param("now") Instant now);

    /** Mutable, for MyBatis' generated key. */
    class NewToken {
        Long id;
        Long userId;
        String name;
        String hash;
        String prefix;
        Instant createdAt;
        Instant expiresAt;

        public Long getId() { return id; }
        public void setId(Long id) { this.id = id; }
        public Long getUserId() { return userId; }
        public String getName() { return name; }
        public String getHash() { return hash; }
        public String getPrefix() { return prefix; }
        public Instant getCreatedAt() { return createdAt; }
        public Instant getExpiresAt() { return expiresAt; }
    }
}
