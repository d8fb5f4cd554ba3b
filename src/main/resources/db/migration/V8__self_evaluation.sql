-- Year-end self-evaluation (绩效自评): rounds per finance bureau and fiscal year, one self-evaluation per
-- approved target (created by the shared round machinery), its indicator rows. Portable between H2 2.x and
-- MySQL 8 / MariaDB 10.11 (utf8mb4_bin), like V1.

CREATE TABLE evaluation_round (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    finance_org_id  BIGINT       NOT NULL,
    fiscal_year     INT          NOT NULL,
    due_date        DATE         NOT NULL,
    all_departments BOOLEAN      NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    total           INT          NOT NULL DEFAULT 0,
    created_count   INT          NOT NULL DEFAULT 0,
    opened_by       VARCHAR(64)  NOT NULL,
    opened_at       TIMESTAMP    NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    worker          VARCHAR(100) NULL,
    lease_until     TIMESTAMP    NULL,
    CONSTRAINT uk_evaluation_round UNIQUE (finance_org_id, fiscal_year),
    CONSTRAINT fk_evaluation_round_org FOREIGN KEY (finance_org_id) REFERENCES org_node (id)
);
CREATE INDEX ix_evaluation_round_status ON evaluation_round (status);

CREATE TABLE evaluation_round_department (
    round_id      BIGINT NOT NULL,
    department_id BIGINT NOT NULL,
    PRIMARY KEY (round_id, department_id),
    CONSTRAINT fk_eval_round_department_round FOREIGN KEY (round_id) REFERENCES evaluation_round (id),
    CONSTRAINT fk_eval_round_department_org FOREIGN KEY (department_id) REFERENCES org_node (id)
);

-- uk_self_evaluation is the database's guarantee of exactly-once. Funds in 万元; scores with 2 decimals;
-- total/grade are the self-assessed ones, reviewed_total/reviewed_grade finance's after 复核 (kept side by side).
CREATE TABLE self_evaluation (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id         BIGINT         NOT NULL,
    target_id        BIGINT         NOT NULL,
    unit_id          BIGINT         NOT NULL,
    department_id    BIGINT         NULL,
    status           VARCHAR(20)    NOT NULL,
    planned_funds    DECIMAL(16, 2) NULL,
    adjusted_funds   DECIMAL(16, 2) NULL,
    executed_funds   DECIMAL(16, 2) NULL,
    budget_score     DECIMAL(7, 2)  NULL,
    total            DECIMAL(7, 2)  NULL,
    grade            VARCHAR(4)     NULL,
    reviewed_total   DECIMAL(7, 2)  NULL,
    reviewed_grade   VARCHAR(4)     NULL,
    conclusion       VARCHAR(4000)  NULL,
    problems         VARCHAR(4000)  NULL,
    improvements     VARCHAR(4000)  NULL,
    submitted_at     TIMESTAMP      NULL,
    version          INT            NOT NULL DEFAULT 0,
    created_at       TIMESTAMP      NOT NULL,
    CONSTRAINT uk_self_evaluation UNIQUE (round_id, target_id),
    CONSTRAINT fk_self_evaluation_round FOREIGN KEY (round_id) REFERENCES evaluation_round (id),
    CONSTRAINT fk_self_evaluation_target FOREIGN KEY (target_id) REFERENCES performance_target (id)
);
CREATE INDEX ix_self_evaluation_round_status ON self_evaluation (round_id, status);
CREATE INDEX ix_self_evaluation_unit ON self_evaluation (unit_id);

-- 实际完成值 (a number, or a qualitative grade with its score), the self score and finance's 复核 score with reason.
CREATE TABLE self_evaluation_indicator (
    evaluation_id  BIGINT         NOT NULL,
    indicator_id   BIGINT         NOT NULL,
    actual         DECIMAL(20, 4) NULL,
    grade          VARCHAR(16)    NULL,
    self_score     DECIMAL(7, 2)  NULL,
    rule           VARCHAR(400)   NULL,
    reviewed_score DECIMAL(7, 2)  NULL,
    review_reason  VARCHAR(2000)  NULL,
    deviation      VARCHAR(2000)  NULL,
    PRIMARY KEY (evaluation_id, indicator_id),
    CONSTRAINT fk_self_eval_indicator_eval FOREIGN KEY (evaluation_id) REFERENCES self_evaluation (id),
    CONSTRAINT fk_self_eval_indicator_indicator FOREIGN KEY (indicator_id) REFERENCES target_indicator (id)
);
