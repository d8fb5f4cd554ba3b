package org.jixiao.approval.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jixiao.approval.DoneItem;
import org.jixiao.approval.InboxChoice;
import org.jixiao.approval.InboxItem;
import org.jixiao.approval.InboxQuery;
import org.jixiao.approval.InboxSource;
import org.jixiao.approval.OpenedTask;

/** The inbox read model, {@code review_task} (V25); SQL in InboxMapper.xml. */
@Mapper
public interface InboxMapper {

    int open(@Param("t") OpenedTask task, @Param("subjectType") String subjectType, @Param("subjectId") Long subjectId,
             @Param("source") InboxSource source);

    int openBare(@Param("t") OpenedTask task, @Param("subjectType") String subjectType,
                 @Param("subjectId") Long subjectId);

    int close(@Param("taskId") String taskId, @Param("at") Instant at);

    /**
     * Who holds an open task beyond its group, as the engine has it (V46's columns): an added signer's review (加签)
     * from the start, or a transfer or delegation the read model is rebuilt after.
     */
    @org.apache.ibatis.annotations.Update("UPDATE review_task SET assignee = #{t.assignee}, owner = #{t.owner}, "
            + "delegation = #{t.delegation} WHERE task_id = #{t.taskId} AND closed_at IS NULL")
    int hold(@Param("t") OpenedTask task);

    /** The candidate group of the task while it is open (null once closed or unknown). */
    String openGroupOf(@Param("taskId") String taskId);

    List<OpenTaskRow> openOn(@Param("subjectType") String subjectType, @Param("subjectId") Long subjectId,
                             @Param("groups") List<String> groups);

    long openCount();

    List<String> openTaskIds();

    List<InboxItem> page(@Param("groups") List<String> groups, @Param("holders") List<String> holders, @Param("q") InboxQuery query,
                         @Param("today") LocalDate today, @Param("live") LiveColumns live,
                         @Param("orderBy") String orderBy, @Param("size") int size, @Param("offset") long offset);

    long count(@Param("groups") List<String> groups, @Param("holders") List<String> holders, @Param("q") InboxQuery query, @Param("today") LocalDate today,
               @Param("live") LiveColumns live);

    List<InboxChoice> rounds(@Param("groups") List<String> groups, @Param("holders") List<String> holders);

    List<InboxChoice> orgs(@Param("groups") List<String> groups, @Param("holders") List<String> holders);

    List<DoneItem> done(@Param("username") String username, @Param("live") LiveColumns live,
                        @Param("size") int size, @Param("offset") long offset);

    long doneCount(@Param("username") String username);
}
