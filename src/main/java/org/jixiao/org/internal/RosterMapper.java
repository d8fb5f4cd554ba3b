package org.jixiao.org.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.jixiao.org.AppUser;

/** The reads behind {@link Roster}: active users and their roles, in two queries for any number of users. */
@Mapper
public interface RosterMapper {

    @Select("SELECT id, username, display_name, org_id, enabled FROM app_user WHERE enabled = TRUE ORDER BY username")
    List<AppUser> enabledUsers();

    @Select("SELECT r.user_id, r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE u.enabled = TRUE")
    List<UserRole> enabledUsersRoles();

    @Select("SELECT id, username, display_name, org_id, enabled FROM app_user WHERE username = #{username} AND enabled = TRUE")
    AppUser enabledUser(@Param("username") String username);

    /** One row of app_user_role. */
    record UserRole(Long userId, String role) {
    }
}
