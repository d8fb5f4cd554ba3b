-- notify (issue 13 §3 CC, §4 notifications). Portable between H2 2.x and MySQL 8 / MariaDB 10.11 (utf8mb4_bin).

-- One notice to one user: what happened (kind) to which subject, with the words to show (step, actor, opinion)
-- copied at the time, so the list never joins the features' tables. read_at is null while unread. mail_state is
-- null when no mail is due, else PENDING → SENT or FAILED: a notice is mailed at most once.
CREATE TABLE notification (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_id BIGINT        NOT NULL,
    kind         VARCHAR(24)   NOT NULL,
    subject_type VARCHAR(32)   NOT NULL,
    subject_id   BIGINT        NOT NULL,
    subject_name VARCHAR(200)  NULL,
    step_name    VARCHAR(200)  NULL,
    actor_name   VARCHAR(100)  NULL,
    opinion      VARCHAR(1000) NULL,
    location     VARCHAR(200)  NULL,
    created_at   TIMESTAMP     NOT NULL,
    read_at      TIMESTAMP     NULL,
    mail_state   VARCHAR(16)   NULL,
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id)
);
-- A user's list newest first, and the unread count: one index range per user.
CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at, id);

-- A user's own choices: the address mail goes to, and whether they want mail at all (opt-out).
CREATE TABLE notification_setting (
    user_id      BIGINT       NOT NULL PRIMARY KEY,
    email        VARCHAR(200) NULL,
    mail_enabled BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_notification_setting_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- 抄送: the holder of a task copies it to colleagues. One row per task and recipient, guarded by the key, so
-- identical CCs sent at once leave one row each.
CREATE TABLE task_cc (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id      VARCHAR(64)  NOT NULL,
    task_name    VARCHAR(200) NULL,
    subject_type VARCHAR(32)  NOT NULL,
    subject_id   BIGINT       NOT NULL,
    subject_name VARCHAR(200) NULL,
    unit_name    VARCHAR(200) NULL,
    recipient_id BIGINT       NOT NULL,
    sender_name  VARCHAR(100) NOT NULL,
    note         VARCHAR(1000) NULL,
    created_at   TIMESTAMP    NOT NULL,
    CONSTRAINT uk_task_cc UNIQUE (task_id, recipient_id),
    CONSTRAINT fk_task_cc_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id)
);
CREATE INDEX ix_task_cc_recipient ON task_cc (recipient_id, id);
