-- 年度总体目标 实际完成情况: what the unit reports against the target's expected overall goals. TEXT, not
-- VARCHAR(4000): with utf8mb4 another 16 000 bytes would push self_evaluation over MySQL's 65 535-byte row limit.
ALTER TABLE self_evaluation ADD COLUMN goals_actual TEXT NULL;
