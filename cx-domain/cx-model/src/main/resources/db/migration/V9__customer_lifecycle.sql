-- Each pseudonymous customer reference's lifecycle stage, derived from their ledger history by the
-- rule in docs/METRICS.md and recomputed whole by CustomerStages (nightly and on demand).
CREATE TABLE customer_stage (
    customer_ref VARCHAR(64) NOT NULL PRIMARY KEY,
    stage        VARCHAR(16) NOT NULL,
    last_nps     SMALLINT,
    previous_nps SMALLINT,
    computed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_customer_stage CHECK (stage IN ('SATISFIED', 'LOYAL', 'ADVOCATE', 'AT_RISK'))
);
