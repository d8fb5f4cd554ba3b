package org.jixiao.org;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface UserMapper {

    @Select("SELECT id, username, password_hash, display_name, org_id, enabled FROM app_user WHERE username = #{username}")
    AppUser findByUsername(@Param("username") String username);

    @Select("SELECT role FROM app_user_role WHERE user_id = #{userId} ORDER BY role")
    List<Role> findRoles(@Param("userId") Long userId);

    @Insert("INSERT INTO app_user (username, password_hash, display_name, org_id, enabled) "
            + "VALUES (#{username}, #{passwordHash}, #{displayName}, #{orgId}, #{enabled})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insert(AppUser user);

    @Insert("INSERT INTO app_user_role (user_id, role) VALUES (#{userId}, #{role})")
    void insertRole(@Param("userId") Long userId, @Param("role") Role role);
}
