package org.jixiao.org.internal;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.jixiao.org.OrgNode;

/** The org_node table; other modules go through OrgDirectory (reads) and OrgNodes (writes). */
@Mapper
public interface OrgMapper {

    @Select("SELECT id, parent_id, kind, code, name, unit_type, active, version, in_charge_desk_id FROM org_node ORDER BY id")
    List<OrgNode> findAll();

    @Select("SELECT id, parent_id, kind, code, name, unit_type, active, version, in_charge_desk_id FROM org_node WHERE id = #{id}")
    OrgNode findById(@Param("id") Long id);

    @Select("SELECT id, parent_id, kind, code, name, unit_type, active, version, in_charge_desk_id FROM org_node WHERE code = #{code}")
    OrgNode findByCode(@Param("code") String code);

    @Select("SELECT COUNT(*) FROM org_node")
    int count();

    @Insert("INSERT INTO org_node (parent_id, kind, code, name, unit_type, active, version, in_charge_desk_id) "
            + "VALUES (#{parentId}, #{kind}, #{code}, #{name}, #{unitType}, #{active}, 0, #{inChargeDeskId})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insert(OrgNode node);
}
