-- Monitoring reports go through their own review process (processes/monitoring-report.bpmn).
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11: one ADD COLUMN per statement.

-- 提醒 (reminder before the due date, by the round's timer) and 催办 (urged by finance or the department).
ALTER TABLE monitoring_report ADD COLUMN reminded_at TIMESTAMP NULL;
ALTER TABLE monitoring_report ADD COLUMN urged_at TIMESTAMP NULL;
ALTER TABLE monitoring_report ADD COLUMN urge_count INT NOT NULL DEFAULT 0;
-- 整改: finance's 整改要求和建议 with a budget follow-up (继续执行/调剂/取消/暂缓拨款), the unit's 整改结果.
ALTER TABLE monitoring_report ADD COLUMN rectification_request VARCHAR(2000) NULL;
ALTER TABLE monitoring_report ADD COLUMN budget_follow_up VARCHAR(16) NULL;
ALTER TABLE monitoring_report ADD COLUMN rectification_result VARCHAR(2000) NULL;
-- v of the budget light (执行进度 as % of the expected), kept so lists need not recompute it.
ALTER TABLE monitoring_report ADD COLUMN budget_ratio DECIMAL(12, 2) NULL;
ALTER TABLE monitoring_report ADD COLUMN updated_by VARCHAR(64) NULL;
ALTER TABLE monitoring_report ADD COLUMN updated_at TIMESTAMP NULL;
CREATE INDEX ix_monitoring_report_round_light ON monitoring_report (round_id, light);

ALTER TABLE monitoring_report_indicator ADD COLUMN ratio DECIMAL(12, 2) NULL;

-- V4 made indicator_blue_from NOT NULL, but a region may switch the blue light off; changing the
-- nullability is not portable, so the switch is its own column.
ALTER TABLE light_threshold ADD COLUMN blue_enabled BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE light_threshold ADD COLUMN version INT NOT NULL DEFAULT 0;
ALTER TABLE light_threshold ADD COLUMN updated_by VARCHAR(64) NULL;
ALTER TABLE light_threshold ADD COLUMN updated_at TIMESTAMP NULL;
