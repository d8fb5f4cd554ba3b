-- Issue 11 §3: failed sign-ins and the locks they cause live in the database, so every node of a cluster counts
-- the same failures and honours the same locks (see org.jixiao.security.lockout).
-- subject_kind ACCOUNT: subject is the username as typed (also for unknown names, so a lock reveals nothing);
-- subject_kind ADDRESS: subject is the client address.
CREATE TABLE sign_in_failure (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_kind VARCHAR(8)   NOT NULL,
    subject      VARCHAR(100) NOT NULL,
    failed_at    TIMESTAMP    NOT NULL
);
CREATE INDEX ix_sign_in_failure_subject ON sign_in_failure (subject_kind, subject, failed_at);
CREATE INDEX ix_sign_in_failure_time ON sign_in_failure (failed_at);

-- One row per locked subject; the primary key makes concurrent lockers meet on one row.
CREATE TABLE sign_in_lock (
    subject_kind VARCHAR(8)   NOT NULL,
    subject      VARCHAR(100) NOT NULL,
    locked_at    TIMESTAMP    NOT NULL,
    locked_until TIMESTAMP    NOT NULL,
    failures     INT          NOT NULL,
    PRIMARY KEY (subject_kind, subject)
);
