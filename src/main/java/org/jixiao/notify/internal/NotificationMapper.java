package org.jixiao.notify.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.jixiao.notify.Notification;
import org.jixiao.notify.NotificationSettings;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Notices (V43), and the reads that decide who gets one. Those read other features' tables (users and roles,
 * review_event, review_task) without changing them, so the approval package stays unaware of notifications.
 */
@Mapper
public interface NotificationMapper {

    String COLUMNS = "id, recipient_id, kind, subject_type, subject_id, subject_name, step_name, actor_name, opinion, "
            + "location, created_at, read_at, mail_state";

    @Insert("<script>INSERT INTO notification (recipient_id, kind, subject_type, subject_id, subject_name, step_name, "
            + "actor_name, opinion, location, created_at, mail_state) VALUES <foreach collection='rows' item='n' "
            + "separator=','>(#{n.recipientId}, #{n.kind}, #{n.subjectType}, #{n.subjectId}, #{n.subjectName}, "
            + "#{n.stepName}, #{n.actorName}, #{n.opinion}, #{n.location}, #{n.createdAt}, #{n.mailState})"
            + "</foreach></script>")
    void insertAll(@Param("rows") List<Notification> rows);

    @Select("<script>SELECT " + COLUMNS + " FROM notification WHERE recipient_id = #{user}"
            + "<if test='unreadOnly'> AND read_at IS NULL</if> ORDER BY id DESC LIMIT #{size} OFFSET #{offset}</script>")
    List<Notification> page(@Param("user") Long user, @Param("unreadOnly") boolean unreadOnly,
                            @Param("size") int size, @Param("offset") long offset);

    @Select("<script>SELECT COUNT(*) FROM notification WHERE recipient_id = #{user}"
            + "<if test='unreadOnly'> AND read_at IS NULL</if></script>")
    long count(@Param("user") Long user, @Param("unreadOnly") boolean unreadOnly);

    @Select("SELECT " + COLUMNS + " FROM notification WHERE id = #{id} AND recipient_id = #{user}")
    Notification own(@Param("id") Long id, @Param("user") Long user);

    /** The first reading wins: a notice read twice keeps the time it was first read. */
    @Update("UPDATE notification SET read_at = #{at} WHERE id = #{id} AND recipient_id = #{user} AND read_at IS NULL")
    int markRead(@Param("id") Long id, @Param("user") Long user, @Param("at") Instant at);

    @Update("UPDATE notification SET read_at = #{at} WHERE recipient_id = #{user} AND read_at IS NULL")
    int markAllRead(@Param("user") Long user, @Param("at") Instant at);

    /** Moves a mail from PENDING only, so a notice is never mailed twice. */
    @Update("UPDATE notification SET mail_state = #{to} WHERE id = #{id} AND mail_state = 'PENDING'")
    int mailed(@Param("id") Long id, @Param("to") String to);

    @Insert("INSERT INTO notification (recipient_id, kind, subject_type, subject_id, subject_name, step_name, "
            + "actor_name, opinion, location, created_at, mail_state) VALUES (#{recipientId}, #{kind}, #{subjectType}, "
            + "#{subjectId}, #{subjectName}, #{stepName}, #{actorName}, #{opinion}, #{location}, #{createdAt}, "
            + "#{mailState})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insert(Notification row);

    @Select("SELECT mail_state FROM notification WHERE id = #{id}")
    String mailState(@Param("id") Long id);

    // ---- who gets one

    /** Active holders of a role at an org node, and for a finance role also at the desks under it (CandidateGroups). */
    @Select("SELECT DISTINCT u.id FROM app_user u JOIN app_user_role r ON r.user_id = u.id "
            + "JOIN org_node o ON o.id = u.org_id WHERE u.enabled = TRUE AND r.role = #{role} "
            + "AND (u.org_id = #{orgId} OR (#{viaDesks} = TRUE AND o.kind = 'DESK' AND o.parent_id = #{orgId}))")
    List<Long> holders(@Param("role") String role, @Param("orgId") Long orgId, @Param("viaDesks") boolean viaDesks);

    /** Who last submitted the subject (its drafter, or the staff who handed in the report). */
    @Select("SELECT u.id FROM review_event e JOIN app_user u ON u.username = e.actor_username "
            + "WHERE e.subject_type = #{type} AND e.subject_id = #{id} AND e.action = 'SUBMIT' AND u.enabled = TRUE "
            + "ORDER BY e.id DESC LIMIT 1")
    Long submitter(@Param("type") String subjectType, @Param("id") Long subjectId);

    /** The candidate groups of the subjects' open tasks. */
    @Select("<script>SELECT subject_id, candidate_group FROM review_task WHERE subject_type = #{type} "
            + "AND closed_at IS NULL AND subject_id IN "
            + "<foreach collection='ids' item='i' open='(' separator=',' close=')'>#{i}</foreach></script>")
    List<OpenGroup> openGroups(@Param("type") String subjectType, @Param("ids") Collection<Long> subjectIds);

    record OpenGroup(Long subjectId, String candidateGroup) {
    }

    @Select("SELECT task_name FROM review_task WHERE task_id = #{taskId}")
    String taskName(@Param("taskId") String taskId);

    @Select("SELECT id FROM app_user WHERE username = #{username}")
    Long userId(@Param("username") String username);

    /** The active users among {@code usernames}. */
    @Select("<script>SELECT id FROM app_user WHERE enabled = TRUE AND username IN "
            + "<foreach collection='usernames' item='u' open='(' separator=',' close=')'>#{u}</foreach></script>")
    List<Long> activeUserIds(@Param("usernames") Collection<String> usernames);

    // ---- settings

    @Select("<script>SELECT u.id AS user_id, s.email, COALESCE(s.mail_enabled, TRUE) AS mail_enabled "
            + "FROM app_user u LEFT JOIN notification_setting s ON s.user_id = u.id WHERE u.id IN "
            + "<foreach collection='users' item='u' open='(' separator=',' close=')'>#{u}</foreach></script>")
    List<NotificationSettings> settings(@Param("users") Collection<Long> users);

    @Update("UPDATE notification_setting SET email = #{email}, mail_enabled = #{mailEnabled} WHERE user_id = #{userId}")
    int updateSettings(NotificationSettings settings);

    @Insert("INSERT INTO notification_setting (user_id, email, mail_enabled) VALUES (#{userId}, #{email}, #{mailEnabled})")
    void insertSettings(NotificationSettings settings);
}
