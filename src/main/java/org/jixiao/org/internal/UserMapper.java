package org.jixiao.org.internal;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.jixiao.org.AppUser;
import org.jixiao.org.Role;

/** The app_user and app_user_role tables; other modules go through Accounts and OrgDirectory. */
@Mapper
public interface UserMapper {

    @Select("SELECT id, username, password_hash, display_name, org_id, enabled, must_change_password, version FROM app_user WHERE username = #{username}")
    AppUser findByUsername(@Param("username") String username);

    @Select("SELECT role FROM app_user_role WHERE user_id = #{userId} ORDER BY role")
    List<Role> findRoles(@Param("userId") Long userId);

    @Insert("INSERT INTO app_user (username, password_hash, display_name, org_id, enabled, must_change_password, version) "
            + "VALUES (#{username}, #{passwordHash}, #{displayName}, #{orgId}, #{enabled}, #{mustChangePassword}, 0)")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insert(AppUser user);

    @Insert("INSERT INTO app_user_role (user_id, role) VALUES (#{userId}, #{role})")
    void insertRole(@Param("userId") Long userId, @Param("role") Role role);

    /** The owner's own change clears the forced change; an admin's reset sets it. Bumps the version either way. */
    @Update("UPDATE app_user SET password_hash = #{hash}, must_change_password = #{mustChange}, version = version + 1 "
            + "WHERE id = #{id}")
    int updatePassword(@Param("id") Long id, @Param("hash") String hash, @Param("mustChange") boolean mustChange);
}
