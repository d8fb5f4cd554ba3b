-- Issue 13 §3 step deadlines and §4 催办 on a review task. Portable between H2 2.x and MySQL 8 / MariaDB 10.11
-- (utf8mb4_bin), like V1.

-- The step's deadline (calendar days: the day the task opened, bureau time, plus the step's slaDays), written when
-- the task opens at a step of a captured chain that has one; NULL for no deadline. due_date (V25) stays the
-- subject's own deadline (a round's 报送截止).
ALTER TABLE review_task ADD COLUMN step_due_on DATE NULL;
CREATE INDEX ix_review_task_step_due ON review_task (closed_at, step_due_on);

-- What the daily sweep has sent for a task: REMINDED (the day before the deadline), OVERDUE (after it), ESCALATED
-- (to the level above). The key makes each happen once per task, however many sweeps run at once on however many
-- nodes: a sweep that loses the insert sends nothing.
CREATE TABLE step_deadline_notice (
    task_id      VARCHAR(64) NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    subject_type VARCHAR(32) NOT NULL,
    subject_id   BIGINT      NOT NULL,
    due_on       DATE        NOT NULL,
    sent_on      DATE        NOT NULL,
    created_at   TIMESTAMP   NOT NULL,
    CONSTRAINT pk_step_deadline_notice PRIMARY KEY (task_id, kind)
);

-- 催办 by the submitter (POST /api/tasks/{id}/urge): at most once per task per bureau day, by the key.
CREATE TABLE task_urge (
    task_id   VARCHAR(64)  NOT NULL,
    urged_on  DATE         NOT NULL,
    urged_by  VARCHAR(64)  NOT NULL,
    message   VARCHAR(500) NULL,
    urged_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_task_urge PRIMARY KEY (task_id, urged_on)
);

-- Which node runs a cluster-wide scheduled job now (the SLA sweep): a conditional update takes the lease when it
-- is free or expired, so two nodes never sweep at the same time.
CREATE TABLE job_lease (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(100) NOT NULL,
    lease_until TIMESTAMP    NOT NULL
);
