package org.jixiao.security.lockout;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface SignInLockMapper {

    /** The latest lock end among the account and the address, if either is locked now. */
    @Select("SELECT MAX(locked_until) FROM sign_in_lock WHERE locked_until > #{now} "
            + "AND ((subject_kind = 'ACCOUNT' AND subject = #{account}) OR (subject_kind = 'ADDRESS' AND subject = #{address}))")
    Instant lockedUntil(@Param("account") String account, @Param("address") String address, @Param("now") Instant now);

    @Select("SELECT COUNT(*) FROM sign_in_failure WHERE subject_kind = 'ACCOUNT' AND subject = #{account}")
    int accountFailures(@Param("account") String account);

    @Insert("INSERT INTO sign_in_failure (subject_kind, subject, failed_at) VALUES (#{kind}, #{subject}, #{at})")
    void insertFailure(@Param("kind") LockKind kind, @Param("subject") String subject, @Param("at") Instant at);

    @Select("SELECT COUNT(*) FROM sign_in_failure WHERE subject_kind = #{kind} AND subject = #{subject} AND failed_at > #{since}")
    int failuresSince(@Param("kind") LockKind kind, @Param("subject") String subject, @Param("since") Instant since);

    /** Extends a lock that is already there (a second node may have locked first); 0 rows when there is none. */
    @Update("UPDATE sign_in_lock SET locked_until = #{until}, failures = #{failures}, locked_at = #{at} "
            + "WHERE subject_kind = #{kind} AND subject = #{subject}")
    int updateLock(@Param("kind") LockKind kind, @Param("subject") String subject, @Param("at") Instant at,
                   @Param("until") Instant until, @Param("failures") int failures);

    @Insert("INSERT INTO sign_in_lock (subject_kind, subject, locked_at, locked_until, failures) "
            + "VALUES (#{kind}, #{subject}, #{at}, #{until}, #{failures})")
    void insertLock(@Param("kind") LockKind kind, @Param("subject") String subject, @Param("at") Instant at,
                    @Param("until") Instant until, @Param("failures") int failures);

    @Delete("DELETE FROM sign_in_failure WHERE subject_kind = #{kind} AND subject = #{subject}")
    int deleteFailures(@Param("kind") LockKind kind, @Param("subject") String subject);

    @Delete("DELETE FROM sign_in_lock WHERE subject_kind = #{kind} AND subject = #{subject}")
    int deleteLock(@Param("kind") LockKind kind, @Param("subject") String subject);

    @Delete("DELETE FROM sign_in_failure WHERE failed_at <= #{before}")
    int pruneFailures(@Param("before") Instant before);

    @Delete("DELETE FROM sign_in_lock WHERE locked_until <= #{now}")
    int pruneLocks(@Param("now") Instant now);

    @Select("SELECT subject_kind AS kind, subject, locked_at, locked_until, failures FROM sign_in_lock "
            + "WHERE locked_until > #{now} ORDER BY locked_until DESC, subject_kind, subject")
    List<SignInLock> activeLocks(@Param("now") Instant now);
}
