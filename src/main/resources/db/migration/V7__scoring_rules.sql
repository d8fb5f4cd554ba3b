-- Year-end self-evaluation scoring rules (domain.md §3) per finance bureau and fiscal year; where a bureau has
-- saved nothing for a year the defaults of ScoringConfig.defaults() apply. version guards concurrent edits.
CREATE TABLE scoring_config (
    finance_org_id  BIGINT        NOT NULL,
    fiscal_year     INT           NOT NULL,
    budget_points   DECIMAL(5, 2) NOT NULL,
    indicator_total DECIMAL(5, 2) NOT NULL,
    lower_formula   VARCHAR(16)   NOT NULL,
    excellent_from  DECIMAL(5, 2) NOT NULL,
    good_from       DECIMAL(5, 2) NOT NULL,
    fair_from       DECIMAL(5, 2) NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    updated_by      VARCHAR(64)   NULL,
    updated_at      TIMESTAMP     NULL,
    PRIMARY KEY (finance_org_id, fiscal_year),
    CONSTRAINT fk_scoring_config_org FOREIGN KEY (finance_org_id) REFERENCES org_node (id)
);

-- Points per 一级 category (canonical name, e.g. 产出指标), in the order the bureau lists them.
CREATE TABLE scoring_level1_weight (
    finance_org_id BIGINT        NOT NULL,
    fiscal_year    INT           NOT NULL,
    sort_order     INT           NOT NULL,
    level1         VARCHAR(50)   NOT NULL,
    points         DECIMAL(5, 2) NOT NULL,
    PRIMARY KEY (finance_org_id, fiscal_year, sort_order),
    CONSTRAINT uk_scoring_level1_weight UNIQUE (finance_org_id, fiscal_year, level1),
    CONSTRAINT fk_scoring_weight_config FOREIGN KEY (finance_org_id, fiscal_year)
        REFERENCES scoring_config (finance_org_id, fiscal_year)
);

-- Results application: what each grade (EXCELLENT/GOOD/FAIR/POOR) means for the next budget, and its wording.
CREATE TABLE scoring_outcome (
    finance_org_id BIGINT       NOT NULL,
    fiscal_year    INT          NOT NULL,
    grade          VARCHAR(16)  NOT NULL,
    recommendation VARCHAR(16)  NOT NULL,
    label          VARCHAR(100) NOT NULL,
    PRIMARY KEY (finance_org_id, fiscal_year, grade),
    CONSTRAINT fk_scoring_outcome_config FOREIGN KEY (finance_org_id, fiscal_year)
        REFERENCES scoring_config (finance_org_id, fiscal_year)
);
