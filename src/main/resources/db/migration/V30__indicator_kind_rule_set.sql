-- ident (issue 12 §1): a finance bureau edits its indicator-kind rules for a year on a screen and over the API
-- (docs/rules.md §2). One row per bureau and year carries the version the rules were read at, so a stale edit is
-- refused (409) and ten simultaneous saves of one version leave exactly one winner: the winner's conditional
-- UPDATE (or INSERT, guarded by the primary key) is the only one that finds its row.
CREATE TABLE indicator_kind_rule_set (
    finance_org_id BIGINT      NOT NULL,
    fiscal_year    INT         NOT NULL,
    version        INT         NOT NULL,
    updated_by     VARCHAR(64) NOT NULL,
    updated_at     TIMESTAMP   NOT NULL,
    CONSTRAINT pk_indicator_kind_rule_set PRIMARY KEY (finance_org_id, fiscal_year),
    CONSTRAINT fk_indicator_kind_rule_set_org FOREIGN KEY (finance_org_id) REFERENCES org_node (id)
);

-- Rules stored before this table existed (by the demo or SQL) are version 1 of their bureau and year.
INSERT INTO indicator_kind_rule_set (finance_org_id, fiscal_year, version, updated_by, updated_at)
SELECT DISTINCT finance_org_id, fiscal_year, 1, 'system', CURRENT_TIMESTAMP FROM indicator_kind_rule;
