-- Reward schemes computed from measured outcomes. A scheme covers the people of an org unit (with
-- everything below it) and/or a segment, rewards one outcome metric by one rule per month or
-- quarter, and judges rates fairly to small samples (credibility or interval lower bound,
-- docs/METRICS.md). Each period is evaluated once: reward_scheme_period records it, and an award
-- is unique per scheme x period x person, so evaluating again changes nothing.
CREATE TABLE reward_scheme (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    code               VARCHAR(40)   NOT NULL,
    name               VARCHAR(120)  NOT NULL,
    description        VARCHAR(1000),
    metric             VARCHAR(24)   NOT NULL,
    rule               VARCHAR(16)   NOT NULL,
    judging            VARCHAR(16),
    target             NUMERIC(9,1)  NOT NULL,
    min_sample         INTEGER       NOT NULL,
    credibility_k      NUMERIC(9,2),
    points             BIGINT        NOT NULL,
    period_kind        VARCHAR(8)    NOT NULL,
    first_period       DATE          NOT NULL,
    unit_id            BIGINT,
    segment_id         BIGINT,
    exclude_solicited  BOOLEAN       NOT NULL,
    max_per_customer   INTEGER,
    active             BOOLEAN       NOT NULL,
    CONSTRAINT uq_reward_scheme_code UNIQUE (code),
    CONSTRAINT fk_reward_scheme_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_reward_scheme_segment FOREIGN KEY (segment_id) REFERENCES segment (id),
    CONSTRAINT ck_reward_scheme_metric CHECK (metric IN ('NPS', 'CSAT_PERCENT', 'CES_EASY_PERCENT',
        'STANDARD_ATTAINMENT', 'COMPLIMENTS', 'COMPLAINTS_RECOVERED', 'STANDARDS_MET')),
    CONSTRAINT ck_reward_scheme_rule CHECK (rule IN ('THRESHOLD', 'IMPROVEMENT', 'TOP_SHARE', 'COUNT', 'TEAM_RESULT')),
    CONSTRAINT ck_reward_scheme_judging CHECK (judging IS NULL OR judging IN ('CREDIBILITY', 'LOWER_BOUND')),
    CONSTRAINT ck_reward_scheme_period CHECK (period_kind IN ('MONTH', 'QUARTER')),
    CONSTRAINT ck_reward_scheme_sample CHECK (min_sample >= 1),
    CONSTRAINT ck_reward_scheme_points CHECK (points >= 1),
    CONSTRAINT ck_reward_scheme_per_customer CHECK (max_per_customer IS NULL OR max_per_customer >= 1)
);
CREATE SEQUENCE reward_scheme_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE reward_scheme_period (
    scheme_id       BIGINT       NOT NULL,
    period_start    DATE         NOT NULL,
    period_end      DATE         NOT NULL,
    evaluated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    evaluated_by    VARCHAR(80)  NOT NULL,
    people          INTEGER      NOT NULL,
    awards          INTEGER      NOT NULL,
    points          BIGINT       NOT NULL,
    credibility_k   NUMERIC(12,2),
    CONSTRAINT pk_reward_scheme_period PRIMARY KEY (scheme_id, period_start),
    CONSTRAINT fk_reward_scheme_period_scheme FOREIGN KEY (scheme_id) REFERENCES reward_scheme (id)
);

CREATE TABLE reward_award (
    id              BIGINT       NOT NULL PRIMARY KEY,
    scheme_id       BIGINT       NOT NULL,
    period_start    DATE         NOT NULL,
    period_end      DATE         NOT NULL,
    employee_id     BIGINT       NOT NULL,
    sample          BIGINT       NOT NULL,
    own_value       NUMERIC(12,1),
    team_value      NUMERIC(12,1),
    credibility     NUMERIC(4,2),
    judged          NUMERIC(12,1),
    previous_value  NUMERIC(12,1),
    points          BIGINT       NOT NULL,
    transfer_id     BIGINT       NOT NULL,
    awarded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_reward_award UNIQUE (scheme_id, period_start, employee_id),
    CONSTRAINT fk_reward_award_period FOREIGN KEY (scheme_id, period_start) REFERENCES reward_scheme_period (scheme_id, period_start),
    CONSTRAINT fk_reward_award_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_reward_award_transfer FOREIGN KEY (transfer_id) REFERENCES points_transfer (id)
);
CREATE SEQUENCE reward_award_seq START WITH 100 INCREMENT BY 50;
CREATE INDEX ix_reward_award_employee ON reward_award (employee_id, period_start);

-- An award is told to the person who earned it.
ALTER TABLE notification DROP CONSTRAINT ck_notification_kind;
ALTER TABLE notification ADD CONSTRAINT ck_notification_kind CHECK (kind IN ('TRAINING_ASSIGNED', 'TRAINING_REMINDER',
    'TRAINING_OVERDUE', 'CERTIFICATION_EXPIRING', 'REFRESHER_READY', 'RECOGNITION_RECEIVED', 'AWARD_RECEIVED'));

INSERT INTO scheduled_job (name, done_through, last_run_at, last_run_by) VALUES ('reward-schemes', NULL, NULL, NULL);
