-- What received points buy: the reward catalog, each reward of one of the motivator kinds people
-- rank on their profile, with a cost in points, an optional stock and an optional eligibility
-- (an org unit with everything below it, a minimum tenure). Retired rewards stay for history.
CREATE TABLE reward_item (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    code               VARCHAR(40)   NOT NULL,
    name               VARCHAR(120)  NOT NULL,
    description        VARCHAR(1000),
    motivator          VARCHAR(32)   NOT NULL,
    cost_points        BIGINT        NOT NULL,
    stock              INTEGER,
    unit_id            BIGINT,
    min_tenure_months  INTEGER       NOT NULL,
    active             BOOLEAN       NOT NULL,
    CONSTRAINT uq_reward_item_code UNIQUE (code),
    CONSTRAINT fk_reward_item_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_reward_item_motivator CHECK (motivator IN ('MONEY_OR_VOUCHERS', 'TIME_OFF', 'PUBLIC_RECOGNITION',
        'LEARNING_BUDGET', 'CHARITY_DONATION', 'GIFT_OR_EXPERIENCE')),
    CONSTRAINT ck_reward_item_cost CHECK (cost_points > 0),
    CONSTRAINT ck_reward_item_stock CHECK (stock IS NULL OR stock >= 0),
    CONSTRAINT ck_reward_item_tenure CHECK (min_tenure_months >= 0)
);
CREATE SEQUENCE reward_item_seq START WITH 100 INCREMENT BY 50;

-- A person spends received points on a reward: the points leave their account at once (pending,
-- transfer REDEMPTION to the company's redeemed account), then HR hands the reward over (settled)
-- or refuses it with a reason (refused: transfer REFUND gives the points back). The money value
-- is fixed at the rate of the day it was asked for, as the person saw it; payroll reads it.
CREATE TABLE redemption (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    version             BIGINT         NOT NULL,
    item_id             BIGINT         NOT NULL,
    employee_id         BIGINT         NOT NULL,
    points              BIGINT         NOT NULL,
    money_value         NUMERIC(12, 2) NOT NULL,
    currency            VARCHAR(3)     NOT NULL,
    status              VARCHAR(10)    NOT NULL,
    idempotency_key     VARCHAR(120)   NOT NULL,
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at          TIMESTAMP WITH TIME ZONE,
    decided_by          VARCHAR(80),
    decision_note       VARCHAR(500),
    transfer_id         BIGINT         NOT NULL,
    refund_transfer_id  BIGINT,
    CONSTRAINT uq_redemption_key UNIQUE (idempotency_key),
    CONSTRAINT fk_redemption_item FOREIGN KEY (item_id) REFERENCES reward_item (id),
    CONSTRAINT fk_redemption_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_redemption_transfer FOREIGN KEY (transfer_id) REFERENCES points_transfer (id),
    CONSTRAINT fk_redemption_refund FOREIGN KEY (refund_transfer_id) REFERENCES points_transfer (id),
    CONSTRAINT ck_redemption_points CHECK (points > 0),
    CONSTRAINT ck_redemption_status CHECK (status IN ('PENDING', 'SETTLED', 'REFUSED')),
    CONSTRAINT ck_redemption_decided CHECK ((status = 'PENDING') = (decided_at IS NULL)),
    CONSTRAINT ck_redemption_refund CHECK ((status = 'REFUSED') = (refund_transfer_id IS NOT NULL))
);
CREATE SEQUENCE redemption_seq START WITH 100 INCREMENT BY 50;
CREATE INDEX ix_redemption_status ON redemption (status, requested_at);
CREATE INDEX ix_redemption_employee ON redemption (employee_id, requested_at);
CREATE INDEX ix_redemption_decided ON redemption (decided_at);

-- The person hears when HR settles or refuses what they asked for.
ALTER TABLE notification DROP CONSTRAINT ck_notification_kind;
ALTER TABLE notification ADD CONSTRAINT ck_notification_kind CHECK (kind IN ('TRAINING_ASSIGNED', 'TRAINING_REMINDER',
    'TRAINING_OVERDUE', 'CERTIFICATION_EXPIRING', 'REFRESHER_READY', 'RECOGNITION_RECEIVED', 'AWARD_RECEIVED',
    'REDEMPTION_SETTLED', 'REDEMPTION_REFUSED'));
