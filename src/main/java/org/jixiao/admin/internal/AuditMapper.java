package org.jixiao.admin.internal;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface AuditMapper {

    @Insert("INSERT INTO admin_audit (occurred_at, actor, action, subject_type, subject_id, subject_name, before_json, "
            + "after_json) VALUES (#{occurredAt}, #{actor}, #{action}, #{subjectType}, #{subjectId}, #{subjectName}, "
            + "#{beforeJson}, #{afterJson})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insert(AuditEntry entry);

    @Select("SELECT id, occurred_at, actor, action, subject_type, subject_id, subject_name, before_json, after_json "
            + "FROM admin_audit ORDER BY id DESC LIMIT #{limit} OFFSET #{offset}")
    List<AuditEntry> page(@Param("limit") int limit, @Param("offset") int offset);

    @Select("SELECT COUNT(*) FROM admin_audit")
    long count();
}
