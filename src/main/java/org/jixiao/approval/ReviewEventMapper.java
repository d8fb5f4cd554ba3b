package org.jixiao.approval;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface ReviewEventMapper {

    @Insert("INSERT INTO review_event (subject_type, subject_id, step, action, actor_username, actor_name, "
            + "actor_role, opinion, created_at) VALUES (#{subjectType}, #{subjectId}, #{step}, #{action}, "
            + "#{actorUsername}, #{actorName}, #{actorRole}, #{opinion}, #{createdAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insert(ReviewEvent event);

    @Select("SELECT id, subject_type, subject_id, step, action, actor_username, actor_name, actor_role, opinion, "
            + "created_at FROM review_event WHERE subject_type = #{subjectType} AND subject_id = #{subjectId} "
            + "ORDER BY created_at, id")
    List<ReviewEvent> findBySubject(@Param("subjectType") String subjectType, @Param("subjectId") Long subjectId);
}
