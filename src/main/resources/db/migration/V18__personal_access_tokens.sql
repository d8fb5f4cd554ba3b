-- Issue 11 §3: personal access tokens for machine clients (see org.jixiao.security.tokens). Only the SHA-256 of a
-- token is kept; the token itself is shown once, when it is made. Tokens go with their user.
CREATE TABLE personal_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    -- the first characters of the token, so its owner can tell tokens apart in the list
    token_prefix VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    expires_at   TIMESTAMP    NOT NULL,
    -- written at most once a minute per token (see PersonalTokenService), not on every request
    last_used_at TIMESTAMP    NULL,
    revoked_at   TIMESTAMP    NULL,
    CONSTRAINT uk_personal_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_personal_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_personal_token_user ON personal_token (user_id, revoked_at);
