-- Finance closes a round by hand (no more submissions; reviews already under way go on): who and when. A round
-- closed because its last item was approved keeps these NULL. A cancelled round leaves no row (its items and
-- processes are deleted with it), so the unique key lets finance open it again.
ALTER TABLE monitoring_round ADD COLUMN closed_by VARCHAR(64) NULL;
ALTER TABLE monitoring_round ADD COLUMN closed_at TIMESTAMP NULL;
ALTER TABLE evaluation_round ADD COLUMN closed_by VARCHAR(64) NULL;
ALTER TABLE evaluation_round ADD COLUMN closed_at TIMESTAMP NULL;

-- What a cancel leaves behind: who withdrew which round, so a second cancel (or a close) of it is told "已撤销" (409)
-- rather than "不存在" (404), and the withdrawal is on record.
CREATE TABLE cancelled_round (
    kind           VARCHAR(16) NOT NULL,
    round_id       BIGINT      NOT NULL,
    finance_org_id BIGINT      NOT NULL,
    fiscal_year    INT         NOT NULL,
    deleted_items  INT         NOT NULL,
    cancelled_by   VARCHAR(64) NOT NULL,
    cancelled_at   TIMESTAMP   NOT NULL,
    PRIMARY KEY (kind, round_id)
);
