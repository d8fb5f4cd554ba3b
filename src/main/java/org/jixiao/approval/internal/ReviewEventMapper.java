package org.jixiao.approval.internal;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.jixiao.approval.ReviewEvent;

@Mapper
public interface ReviewEventMapper {

    @Insert("INSERT INTO review_event (subject_type, subject_id, step, action, actor_username, actor_name, "
            + "actor_role, opinion, created_at, task_id) VALUES (#{subjectType}, #{subjectId}, #{step}, #{action}, "
            + "#{actorUsername}, #{actorName}, #{actorRole}, #{opinion}, #{createdAt}, #{taskId})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insert(ReviewEvent event);

    /** One multi-row INSERT of events that differ only in their subject. */
    @Insert("<script>INSERT INTO review_event (subject_type, subject_id, step, action, actor_username, actor_name, "
            + "actor_role, opinion, created_at) VALUES <foreach collection='subjectIds' item='sid' separator=','>"
            + "(#{e.subjectType}, #{sid}, #{e.step}, #{e.action}, #{e.actorUsername}, #{e.actorName}, #{e.actorRole}, "
            + "#{e.opinion}, #{e.createdAt})</foreach></script>")
    void insertForAll(@Param("e") ReviewEvent event, @Param("subjectIds") List<Long> subjectIds);

    @Select("SELECT id, subject_type, subject_id, step, action, actor_username, actor_name, actor_role, opinion, "
            + "created_at FROM review_event WHERE subject_type = #{subjectType} AND subject_id = #{subjectId} "
            + "ORDER BY created_at, id")
    List<ReviewEvent> findBySubject(@Param("subjectType") String subjectType, @Param("subjectId") Long subjectId);

    @Select("SELECT id, subject_type, subject_id, step, action, actor_username, actor_name, actor_role, opinion, "
            + "created_at, task_id FROM review_event WHERE task_id = #{taskId}")
    ReviewEvent findByTaskId(@Param("taskId") String taskId);
}
