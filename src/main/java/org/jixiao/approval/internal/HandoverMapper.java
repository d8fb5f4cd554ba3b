package org.jixiao.approval.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.jixiao.approval.Deputy;
import org.jixiao.approval.TaskHolding;

/** The holders of open tasks (review_task's V46 columns) and the deputies (user_deputy). */
@Mapper
public interface HandoverMapper {

    @Select("SELECT task_id, candidate_group, assignee, owner, delegation, handover_version AS version FROM review_task "
            + "WHERE task_id = #{taskId} AND closed_at IS NULL")
    TaskHolding holding(@Param("taskId") String taskId);

    /** The open tasks among {@code taskIds} held by one person (at most 500 ids a call). */
    @Select("<script>SELECT task_id, candidate_group, assignee, owner, delegation, handover_version AS version "
            + "FROM review_task WHERE closed_at IS NULL AND assignee IS NOT NULL AND task_id IN "
            + "<foreach collection='taskIds' item='t' open='(' separator=',' close=')'>#{t}</foreach></script>")
    List<TaskHolding> held(@Param("taskIds") List<String> taskIds);

    /** The guard of every handover: changes the row only if nobody changed it since {@code seen} was read. */
    @Update("UPDATE review_task SET assignee = #{assignee}, owner = #{owner}, delegation = #{delegation}, "
            + "handover_version = handover_version + 1 "
            + "WHERE task_id = #{taskId} AND closed_at IS NULL AND handover_version = #{seen}")
    int handOver(@Param("taskId") String taskId, @Param("assignee") String assignee, @Param("owner") String owner,
                 @Param("delegation") String delegation, @Param("seen") int seen);

    @Select("SELECT username, deputy_username, starts_on, ends_on FROM user_deputy WHERE username = #{username}")
    Deputy deputyOf(@Param("username") String username);

    /** The users whose deputy {@code deputy} is on {@code day}. */
    @Select("SELECT username FROM user_deputy WHERE deputy_username = #{deputy} "
            + "AND starts_on <= #{day} AND ends_on >= #{day} ORDER BY username")
    List<String> principalsOf(@Param("deputy") String deputy, @Param("day") LocalDate day);

    @Insert("INSERT INTO user_deputy (username, deputy_username, starts_on, ends_on, created_at) "
            + "VALUES (#{username}, #{deputy}, #{from}, #{to}, #{at})")
    void insertDeputy(@Param("username") String username, @Param("deputy") String deputy,
                      @Param("from") LocalDate from, @Param("to") LocalDate to, @Param("at") Instant at);

    @Delete("DELETE FROM user_deputy WHERE username = #{username}")
    int deleteDeputy(@Param("username") String username);
}
