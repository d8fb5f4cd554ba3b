package org.jixiao.notify.internal;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.jixiao.notify.CcItem;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** 抄送 rows (task_cc, V43); the unique (task, recipient) key makes a repeated CC a no-op. */
@Mapper
public interface CcMapper {

    @Insert("INSERT INTO task_cc (task_id, task_name, subject_type, subject_id, subject_name, unit_name, recipient_id, "
            + "sender_name, note, created_at) VALUES (#{taskId}, #{taskName}, #{subjectType}, #{subjectId}, "
            + "#{subjectName}, #{unitName}, #{recipientId}, #{senderName}, #{note}, #{createdAt})")
    void insert(CcItem row);

    @Select("SELECT id, task_id, task_name, subject_type, subject_id, subject_name, unit_name, recipient_id, "
            + "sender_name, note, created_at FROM task_cc WHERE recipient_id = #{user} ORDER BY id DESC "
            + "LIMIT #{size} OFFSET #{offset}")
    List<CcItem> page(@Param("user") Long user, @Param("size") int size, @Param("offset") long offset);

    @Select("SELECT COUNT(*) FROM task_cc WHERE recipient_id = #{user}")
    long count(@Param("user") Long user);

    @Select("SELECT COUNT(*) FROM task_cc WHERE task_id = #{taskId} AND recipient_id = #{user}")
    int exists(@Param("taskId") String taskId, @Param("user") Long user);
}
