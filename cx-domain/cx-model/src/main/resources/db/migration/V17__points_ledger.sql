-- The points ledger: double entry, append-only. Every movement of points (an allowance, a gift,
-- an expiry, a grant, a redemption, a refund, a correction) is one points_transfer with exactly
-- two points_entry rows, minus on one account and plus on the other, so the sum of all entries is
-- zero. Corrections are reversing transfers; nothing is updated or deleted (V18 makes the
-- database refuse it). An account keeps its balance with a version, changed under the same row
-- lock as the entries that move it.
CREATE TABLE points_account (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    employee_id      BIGINT,
    owner_key        VARCHAR(40)  NOT NULL,
    balance          BIGINT       NOT NULL,
    allowance_month  DATE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_points_account_owner UNIQUE (owner_key),
    CONSTRAINT fk_points_account_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT ck_points_account_kind CHECK (kind IN ('GIVING', 'RECEIVED', 'ISSUED', 'EXPIRED', 'REDEEMED')),
    CONSTRAINT ck_points_account_owner CHECK ((kind IN ('GIVING', 'RECEIVED')) = (employee_id IS NOT NULL)),
    CONSTRAINT ck_points_account_personal CHECK (kind NOT IN ('GIVING', 'RECEIVED') OR balance >= 0)
);
CREATE SEQUENCE points_account_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE points_transfer (
    id               BIGINT        NOT NULL PRIMARY KEY,
    idempotency_key  VARCHAR(120)  NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    from_account_id  BIGINT        NOT NULL,
    to_account_id    BIGINT        NOT NULL,
    amount           BIGINT        NOT NULL,
    effective_on     DATE          NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(80)   NOT NULL,
    memo             VARCHAR(500),
    recognition_id   BIGINT,
    reverses_id      BIGINT,
    CONSTRAINT uq_points_transfer_key UNIQUE (idempotency_key),
    CONSTRAINT fk_points_transfer_from FOREIGN KEY (from_account_id) REFERENCES points_account (id),
    CONSTRAINT fk_points_transfer_to FOREIGN KEY (to_account_id) REFERENCES points_account (id),
    CONSTRAINT fk_points_transfer_reverses FOREIGN KEY (reverses_id) REFERENCES points_transfer (id),
    CONSTRAINT ck_points_transfer_amount CHECK (amount > 0),
    CONSTRAINT ck_points_transfer_accounts CHECK (from_account_id <> to_account_id)
);
CREATE SEQUENCE points_transfer_seq START WITH 100 INCREMENT BY 50;
CREATE UNIQUE INDEX uq_points_transfer_reversal ON points_transfer (reverses_id);
CREATE INDEX ix_points_transfer_recognition ON points_transfer (recognition_id);

CREATE TABLE points_entry (
    id             BIGINT  NOT NULL PRIMARY KEY,
    transfer_id    BIGINT  NOT NULL,
    account_id     BIGINT  NOT NULL,
    amount         BIGINT  NOT NULL,
    balance_after  BIGINT  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_points_entry_side UNIQUE (transfer_id, account_id),
    CONSTRAINT fk_points_entry_transfer FOREIGN KEY (transfer_id) REFERENCES points_transfer (id),
    CONSTRAINT fk_points_entry_account FOREIGN KEY (account_id) REFERENCES points_account (id),
    CONSTRAINT ck_points_entry_amount CHECK (amount <> 0)
);
CREATE SEQUENCE points_entry_seq START WITH 100 INCREMENT BY 50;
CREATE INDEX ix_points_entry_account ON points_entry (account_id, id);

-- Peer recognition: someone thanks one or more colleagues for what they did, naming a company
-- value; points, if any, go from the giver's monthly allowance through the ledger.
CREATE TABLE recognition (
    id               BIGINT        NOT NULL PRIMARY KEY,
    giver_id         BIGINT        NOT NULL,
    value_code       VARCHAR(40)   NOT NULL,
    message          VARCHAR(1000) NOT NULL,
    points_each      INTEGER       NOT NULL,
    public_feed      BOOLEAN       NOT NULL,
    idempotency_key  VARCHAR(120)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_recognition_key UNIQUE (idempotency_key),
    CONSTRAINT fk_recognition_giver FOREIGN KEY (giver_id) REFERENCES employee (id),
    CONSTRAINT ck_recognition_points CHECK (points_each >= 0)
);
CREATE SEQUENCE recognition_seq START WITH 100 INCREMENT BY 50;
CREATE INDEX ix_recognition_created ON recognition (created_at);

CREATE TABLE recognition_recipient (
    recognition_id  BIGINT  NOT NULL,
    employee_id     BIGINT  NOT NULL,
    CONSTRAINT pk_recognition_recipient PRIMARY KEY (recognition_id, employee_id),
    CONSTRAINT fk_recognition_recipient_recognition FOREIGN KEY (recognition_id) REFERENCES recognition (id),
    CONSTRAINT fk_recognition_recipient_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);
CREATE INDEX ix_recognition_recipient_employee ON recognition_recipient (employee_id);

-- The company's accounts, one of each kind.
INSERT INTO points_account (id, version, kind, employee_id, owner_key, balance, allowance_month, created_at)
VALUES (1, 0, 'ISSUED', NULL, 'ISSUED', 0, NULL, CURRENT_TIMESTAMP),
       (2, 0, 'EXPIRED', NULL, 'EXPIRED', 0, NULL, CURRENT_TIMESTAMP),
       (3, 0, 'REDEEMED', NULL, 'REDEEMED', 0, NULL, CURRENT_TIMESTAMP);

-- Recognition is told to the people recognised, with a copy to their lead.
ALTER TABLE notification DROP CONSTRAINT ck_notification_kind;
ALTER TABLE notification ADD CONSTRAINT ck_notification_kind CHECK (kind IN ('TRAINING_ASSIGNED', 'TRAINING_REMINDER',
    'TRAINING_OVERDUE', 'CERTIFICATION_EXPIRING', 'REFRESHER_READY', 'RECOGNITION_RECEIVED'));
