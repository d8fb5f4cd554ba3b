package org.jixiao.approval.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Step deadlines, 催办 and the job lease (V51), and the open tasks a case's standing shows. */
@Mapper
public interface DeadlineMapper {

    String OPEN = "task_id, task_name, task_key, candidate_group, subject_type, subject_id, unit_id, department_id, "
            + "assignee, step_due_on, due_date, created_at";

    /** An open task, as the sweep, the urge and a case's standing read it. */
    record OpenTask(String taskId, String taskName, String taskKey, String candidateGroup, String subjectType,
                    Long subjectId, Long unitId, Long departmentId, String assignee, LocalDate stepDueOn,
                    LocalDate dueDate, Instant createdAt) {
    }

    @Update("UPDATE review_task SET step_due_on = #{due} WHERE task_id = #{taskId}")
    int setStepDue(@Param("taskId") String taskId, @Param("due") LocalDate due);

    /** Open tasks whose step deadline is on or before {@code until}, oldest deadline first. */
    @Select("SELECT " + OPEN + " FROM review_task WHERE closed_at IS NULL AND step_due_on IS NOT NULL "
            + "AND step_due_on <= #{until} ORDER BY step_due_on, id")
    List<OpenTask> dueBy(@Param("until") LocalDate until);

    @Select("SELECT " + OPEN + " FROM review_task WHERE closed_at IS NULL AND subject_type = #{type} "
            + "AND subject_id = #{id} ORDER BY id")
    List<OpenTask> openOf(@Param("type") String subjectType, @Param("id") Long subjectId);

    @Select("SELECT " + OPEN + " FROM review_task WHERE task_id = #{taskId} AND closed_at IS NULL")
    OpenTask openTask(@Param("taskId") String taskId);

    /** The claim of one notice: a duplicate key means another sweep sent it. */
    @Insert("INSERT INTO step_deadline_notice (task_id, kind, subject_type, subject_id, due_on, sent_on, created_at) "
            + "VALUES (#{t.taskId}, #{kind}, #{t.subjectType}, #{t.subjectId}, #{t.stepDueOn}, #{today}, #{at})")
    void claimNotice(@Param("t") OpenTask task, @Param("kind") String kind, @Param("today") LocalDate today,
                     @Param("at") Instant at);

    @Select("SELECT kind FROM step_deadline_notice WHERE task_id = #{taskId}")
    List<String> noticesOf(@Param("taskId") String taskId);

    // ---- 催办

    @Insert("INSERT INTO task_urge (task_id, urged_on, urged_by, message, urged_at) "
            + "VALUES (#{taskId}, #{day}, #{by}, #{message}, #{at})")
    void urge(@Param("taskId") String taskId, @Param("day") LocalDate day, @Param("by") String by,
              @Param("message") String message, @Param("at") Instant at);

    /** Who last submitted the subject (its SUBMIT event's actor), or null. */
    @Select("SELECT actor_username FROM review_event WHERE subject_type = #{type} AND subject_id = #{id} "
            + "AND action = 'SUBMIT' ORDER BY id DESC LIMIT 1")
    String submitter(@Param("type") String subjectType, @Param("id") Long subjectId);

    // ---- the lease of a cluster-wide job

    @Insert("INSERT INTO job_lease (name, holder, lease_until) VALUES (#{name}, #{holder}, #{until})")
    void insertLease(@Param("name") String name, @Param("holder") String holder, @Param("until") Instant until);

    /** Takes the lease when it has run out (or is already this holder's); 1 row: taken. */
    @Update("UPDATE job_lease SET holder = #{holder}, lease_until = #{until} WHERE name = #{name} "
            + "AND (lease_until < #{now} OR holder = #{holder})")
    int takeLease(@Param("name") String name, @Param("holder") String holder, @Param("now") Instant now,
                  @Param("until") Instant until);

    @Update("UPDATE job_lease SET lease_until = #{now} WHERE name = #{name} AND holder = #{holder}")
    int releaseLease(@Param("name") String name, @Param("holder") String holder, @Param("now") Instant now);
}
