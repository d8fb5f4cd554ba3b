-- Mid-year monitoring (绩效运行监控): rounds, one report per approved target, warning-light thresholds.
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11 (utf8mb4_bin), like V1.

-- A round opened by a finance bureau for a fiscal year and cut-off month. While OPENING, reports are
-- created in the background in chunks; worker/lease_until is the claim of the node doing that work.
CREATE TABLE monitoring_round (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    finance_org_id  BIGINT       NOT NULL,
    fiscal_year     INT          NOT NULL,
    cutoff_month    INT          NOT NULL,
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
    CONSTRAINT uk_monitoring_round UNIQUE (finance_org_id, fiscal_year, cutoff_month),
    CONSTRAINT ck_monitoring_round_cutoff CHECK (cutoff_month BETWEEN 1 AND 11),
    CONSTRAINT fk_monitoring_round_org FOREIGN KEY (finance_org_id) REFERENCES org_node (id)
);
CREATE INDEX ix_monitoring_round_status ON monitoring_round (status);

-- The chosen departments of a round that does not cover all departments.
CREATE TABLE monitoring_round_department (
    round_id      BIGINT NOT NULL,
    department_id BIGINT NOT NULL,
    PRIMARY KEY (round_id, department_id),
    CONSTRAINT fk_round_department_round FOREIGN KEY (round_id) REFERENCES monitoring_round (id),
    CONSTRAINT fk_round_department_org FOREIGN KEY (department_id) REFERENCES org_node (id)
);

-- One report per target and round: uk_monitoring_report is the database's guarantee of exactly-once.
-- unit_id and department_id are copied from the org tree at creation so scope queries need no joins.
CREATE TABLE monitoring_report (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id            BIGINT         NOT NULL,
    target_id           BIGINT         NOT NULL,
    unit_id             BIGINT         NOT NULL,
    department_id       BIGINT         NULL,
    status              VARCHAR(20)    NOT NULL,
    executed_funds      DECIMAL(16, 2) NULL,
    expected_carry_over DECIMAL(16, 2) NULL,
    budget_light        VARCHAR(8)     NULL,
    light               VARCHAR(8)     NULL,
    overdue             BOOLEAN        NOT NULL DEFAULT FALSE,
    submitted_at        TIMESTAMP      NULL,
    version             INT            NOT NULL DEFAULT 0,
    created_at          TIMESTAMP      NOT NULL,
    CONSTRAINT uk_monitoring_report UNIQUE (round_id, target_id),
    CONSTRAINT fk_monitoring_report_round FOREIGN KEY (round_id) REFERENCES monitoring_round (id),
    CONSTRAINT fk_monitoring_report_target FOREIGN KEY (target_id) REFERENCES performance_target (id)
);
CREATE INDEX ix_monitoring_report_round_status ON monitoring_report (round_id, status);
CREATE INDEX ix_monitoring_report_unit ON monitoring_report (unit_id);

-- Per indicator of the report's target: 1–X月完成值, 全年预计完成值, 完成目标可能性, 偏差原因, 纠偏措施.
-- achievement holds the qualitative reading (达成/部分达成/未达成) where the indicator has no number.
CREATE TABLE monitoring_report_indicator (
    report_id         BIGINT         NOT NULL,
    indicator_id      BIGINT         NOT NULL,
    value_to_date     DECIMAL(20, 4) NULL,
    expected_year_end DECIMAL(20, 4) NULL,
    achievement       VARCHAR(16)    NULL,
    likelihood        VARCHAR(16)    NULL,
    deviation_reasons VARCHAR(100)   NULL,
    remark            VARCHAR(2000)  NULL,
    measures          VARCHAR(2000)  NULL,
    light             VARCHAR(8)     NULL,
    PRIMARY KEY (report_id, indicator_id),
    CONSTRAINT fk_report_indicator_report FOREIGN KEY (report_id) REFERENCES monitoring_report (id),
    CONSTRAINT fk_report_indicator_indicator FOREIGN KEY (indicator_id) REFERENCES target_indicator (id)
);

-- Warning-light thresholds per finance bureau and fiscal year (defaults in domain.md §2 when absent).
-- budget_mode: TIME_ELAPSED (执行数/预算数 vs m/12) or SPENDING_PLAN (vs the target's own 资金支出计划).
CREATE TABLE light_threshold (
    finance_org_id       BIGINT        NOT NULL,
    fiscal_year          INT           NOT NULL,
    budget_red_below     DECIMAL(7, 2) NOT NULL,
    budget_green_from    DECIMAL(7, 2) NOT NULL,
    indicator_red_below  DECIMAL(7, 2) NOT NULL,
    indicator_green_from DECIMAL(7, 2) NOT NULL,
    indicator_blue_from  DECIMAL(7, 2) NOT NULL,
    budget_mode          VARCHAR(16)   NOT NULL,
    PRIMARY KEY (finance_org_id, fiscal_year),
    CONSTRAINT fk_light_threshold_org FOREIGN KEY (finance_org_id) REFERENCES org_node (id)
);
