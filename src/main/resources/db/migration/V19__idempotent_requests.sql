-- Idempotency-Key (issue 9 §6): a state-changing API request sent again with the same key by the same user gets
-- the first answer back instead of running twice. PENDING rows are leased (locked_until) so that a request whose
-- node died can be taken over by a retry; owner is the token of the attempt holding the lease.
CREATE TABLE idempotent_request (
    principal       VARCHAR(64)  NOT NULL,
    idem_key        VARCHAR(128) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    state           VARCHAR(8)   NOT NULL,
    owner           CHAR(36)     NOT NULL,
    locked_until    TIMESTAMP    NOT NULL,
    response_status INT          NULL,
    content_type    VARCHAR(128) NULL,
    response_body   MEDIUMBLOB   NULL,
    created_at      TIMESTAMP    NOT NULL,
    PRIMARY KEY (principal, idem_key)
);
CREATE INDEX ix_idempotent_request_created ON idempotent_request (created_at);
