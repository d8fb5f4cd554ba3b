package org.jixiao.cluster;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The {@code idempotent_request} table (V19). Every statement is a single autocommitted one: the claim is an
 * insert on the primary key (principal, key), so of two nodes receiving the same key only one runs the request;
 * finishing and releasing are conditional on the claiming attempt's owner token, so a late finisher whose lease
 * was taken over changes nothing.
 */
@Component
class IdempotentRequests {
    enum State { PENDING, DONE }

    /** A stored request: its hash, state, lease and (when DONE) the answer to replay. */
    record Stored(String requestHash, State state, Instant lockedUntil, int status, String contentType,
                  byte[] body) {
    }

    private final JdbcTemplate jdbc;
    private final Duration lease;
    private final Duration retention;

    IdempotentRequests(JdbcTemplate jdbc,
                       @Value("${jixiao.idempotency.lease:PT30S}") Duration lease,
                       @Value("${jixiao.idempotency.retention:P1D}") Duration retention) {
        this.jdbc = jdbc;
        this.lease = lease;
        this.retention = retention;
    }

    /** Inserts a PENDING row for this attempt; false when the key is already there. */
    boolean claim(String principal, String key, String hash, String owner) {
        Instant now = now();
        try {
            jdbc.update("INSERT INTO idempotent_request (principal, idem_key, request_hash, state, owner, locked_until,"
                            + " created_at) VALUES (?, ?, ?, 'PENDING', ?, ?, ?)",
                    principal, key, hash, owner, Timestamp.from(now.plus(lease)), Timestamp.from(now));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<Stored> find(String principal, String key) {
        List<Stored> rows = jdbc.query("SELECT request_hash, state, locked_until, response_status, content_type,"
                        + " response_body FROM idempotent_request WHERE principal = ? AND idem_key = ?",
                (rs, i) -> new Stored(rs.getString(1), State.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(),
                        rs.getInt(4), rs.getString(5), rs.getBytes(6)),
                principal, key);
        return rows.stream().findFirst();
    }

    /** Takes over a PENDING row whose lease has run out (its node died or lost the database); true if taken. */
    boolean takeOver(String principal, String key, String hash, String owner) {
        Instant now = now();
        return jdbc.update("UPDATE idempotent_request SET owner = ?, locked_until = ? WHERE principal = ?"
                        + " AND idem_key = ? AND request_hash = ? AND state = 'PENDING' AND locked_until < ?",
                owner, Timestamp.from(now.plus(lease)), principal, key, hash, Timestamp.from(now)) == 1;
    }

    /** Stores the answer; later requests with the key get it back. */
    void finish(String principal, String key, String owner, int status, String contentType, byte[] body) {
        jdbc.update("UPDATE idempotent_request SET state = 'DONE', response_status = ?, content_type = ?,"
                        + " response_body = ? WHERE principal = ? AND idem_key = ? AND owner = ? AND state = 'PENDING'",
                status, contentType, body, principal, key, owner);
    }

    /** Forgets the attempt (it failed with a server error), so that a retry runs the request again. */
    void release(String principal, String key, String owner) {
        jdbc.update("DELETE FROM idempotent_request WHERE principal = ? AND idem_key = ? AND owner = ?"
                + " AND state = 'PENDING'", principal, key, owner);
    }

    /** Keys are kept for a day by default: long enough for any client's retries. */
    @Scheduled(fixedDelayString = "${jixiao.idempotency.purge-interval:PT1H}", initialDelayString = "PT5M")
    void purge() {
        jdbc.update("DELETE FROM idempotent_request WHERE created_at < ?", Timestamp.from(now().minus(retention)));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
