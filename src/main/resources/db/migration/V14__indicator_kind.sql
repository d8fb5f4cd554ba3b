-- Indicator kinds (domain.md §2): 累计型 (CUMULATIVE) indicators are pro-rated by the cut-off month, 状态型 (LEVEL)
-- ones are compared with the target as they stand. NULL: stored before kinds existed; such an indicator takes
-- its region's default (indicator_kind_rule, else IndicatorKindRules.defaults()) when it is loaded, and the
-- chosen kind is stored the next time the target is saved.
ALTER TABLE target_indicator ADD COLUMN progress_kind VARCHAR(16) NULL;

-- A finance bureau's own defaulting rules for a fiscal year, tried in sort_order; the first match wins and
-- fallback_kind applies when none does (it is the same on every row of a bureau and year). No rows: defaults.
CREATE TABLE indicator_kind_rule (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    finance_org_id BIGINT      NOT NULL,
    fiscal_year    INT         NOT NULL,
    sort_order     INT         NOT NULL,
    unit           VARCHAR(32) NULL,
    name_contains  VARCHAR(64) NULL,
    name_ends_with VARCHAR(64) NULL,
    kind           VARCHAR(16) NOT NULL,
    fallback_kind  VARCHAR(16) NOT NULL,
    CONSTRAINT uk_indicator_kind_rule UNIQUE (finance_org_id, fiscal_year, sort_order),
    CONSTRAINT fk_indicator_kind_rule_org FOREIGN KEY (finance_org_id) REFERENCES org_node (id)
);
