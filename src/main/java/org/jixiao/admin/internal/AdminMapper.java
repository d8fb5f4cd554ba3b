package org.jixiao.admin.internal;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.jixiao.org.AppUser;
import org.jixiao.org.OrgNode;

/**
 * The administration's writes to the org tree and users. Every change is conditional on the version the admin saw
 * (or on the state it changes from), so of two admins editing the same row exactly one wins and the other gets 409.
 */
@Mapper
public interface AdminMapper {

    @Update("UPDATE org_node SET parent_id = #{n.parentId}, code = #{n.code}, name = #{n.name}, unit_type = #{n.unitType}, "
            + "in_charge_desk_id = #{n.inChargeDeskId}, version = version + 1 WHERE id = #{n.id} AND version = #{n.version}")
    int updateNode(@Param("n") OrgNode node);

    @Update("UPDATE org_node SET active = FALSE, version = version + 1 WHERE id = #{id} AND active = TRUE "
            + "AND version = #{version}")
    int deactivateNode(@Param("id") Long id, @Param("version") int version);

    @Select("SELECT COUNT(*) FROM org_node WHERE parent_id = #{id} AND active = TRUE")
    int countActiveChildren(@Param("id") Long id);

    @Select("SELECT COUNT(*) FROM app_user WHERE org_id = #{id} AND enabled = TRUE")
    int countEnabledUsersAt(@Param("id") Long id);

    @Select("SELECT id, username, password_hash, display_name, org_id, enabled, must_change_password, version "
            + "FROM app_user ORDER BY id")
    List<AppUser> findAllUsers();

    @Select("SELECT id, username, password_hash, display_name, org_id, enabled, must_change_password, version "
            + "FROM app_user WHERE id = #{id}")
    AppUser findUser(@Param("id") Long id);

    @Select("SELECT user_id, role FROM app_user_role ORDER BY user_id, role")
    List<UserRole> findAllRoles();

    @Update("UPDATE app_user SET display_name = #{u.displayName}, org_id = #{u.orgId}, version = version + 1 "
            + "WHERE id = #{u.id} AND version = #{u.version}")
    int updateUser(@Param("u") AppUser user);

    @Delete("DELETE FROM app_user_role WHERE user_id = #{userId}")
    void deleteRoles(@Param("userId") Long userId);

    @Update("UPDATE app_user SET enabled = #{enabled}, version = version + 1 WHERE id = #{id} AND enabled <> #{enabled} "
            + "AND version = #{version}")
    int setEnabled(@Param("id") Long id, @Param("enabled") boolean enabled, @Param("version") int version);

    /** An admin's reset: the owner must change it again. */
    @Update("UPDATE app_user SET password_hash = #{hash}, must_change_password = TRUE, version = version + 1 "
            + "WHERE id = #{id} AND version = #{version}")
    int resetPassword(@Param("id") Long id, @Param("hash") String hash, @Param("version") int version);

    @Select("SELECT COUNT(*) FROM app_user u JOIN app_user_role r ON r.user_id = u.id "
            + "WHERE r.role = 'ADMIN' AND u.enabled = TRUE")
    int countEnabledAdmins();

    record UserRole(Long userId, String role) {
    }
}
