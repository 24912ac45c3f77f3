-- Employee segments: a typed rule (stored as JSON, see SegmentRuleJson), manual includes and
-- excludes, the needs training and rewards read (competencies, reward types), and membership
-- with history: one row per stay in a segment, [joined_on, left_on), left_on NULL while current.

CREATE SEQUENCE segment_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE segment (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    description   VARCHAR(1000),
    rule_json     VARCHAR(20000) NOT NULL,
    member_count  INTEGER       NOT NULL,
    recomputed_at TIMESTAMP WITH TIME ZONE,
    archived_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_segment_name UNIQUE (name)
);

CREATE TABLE segment_include (
    segment_id  BIGINT NOT NULL,
    employee_id BIGINT NOT NULL,
    CONSTRAINT pk_segment_include PRIMARY KEY (segment_id, employee_id),
    CONSTRAINT fk_segment_include_segment FOREIGN KEY (segment_id) REFERENCES segment (id) ON DELETE CASCADE,
    CONSTRAINT fk_segment_include_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);

CREATE TABLE segment_exclude (
    segment_id  BIGINT NOT NULL,
    employee_id BIGINT NOT NULL,
    CONSTRAINT pk_segment_exclude PRIMARY KEY (segment_id, employee_id),
    CONSTRAINT fk_segment_exclude_segment FOREIGN KEY (segment_id) REFERENCES segment (id) ON DELETE CASCADE,
    CONSTRAINT fk_segment_exclude_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);

CREATE TABLE segment_competency (
    segment_id      BIGINT      NOT NULL,
    competency_code VARCHAR(40) NOT NULL,
    CONSTRAINT pk_segment_competency PRIMARY KEY (segment_id, competency_code),
    CONSTRAINT fk_segment_competency_segment FOREIGN KEY (segment_id) REFERENCES segment (id) ON DELETE CASCADE,
    CONSTRAINT fk_segment_competency_code FOREIGN KEY (competency_code) REFERENCES competency (code)
);

CREATE TABLE segment_reward_type (
    segment_id  BIGINT      NOT NULL,
    reward_type VARCHAR(32) NOT NULL,
    CONSTRAINT pk_segment_reward_type PRIMARY KEY (segment_id, reward_type),
    CONSTRAINT fk_segment_reward_type_segment FOREIGN KEY (segment_id) REFERENCES segment (id) ON DELETE CASCADE,
    CONSTRAINT ck_segment_reward_type CHECK (reward_type IN ('MONEY_OR_VOUCHERS', 'TIME_OFF', 'PUBLIC_RECOGNITION',
        'LEARNING_BUDGET', 'CHARITY_DONATION', 'GIFT_OR_EXPERIENCE'))
);

-- A person joining and leaving on the same day leaves no row; rejoining later opens a new row.
CREATE TABLE segment_membership (
    segment_id  BIGINT NOT NULL,
    employee_id BIGINT NOT NULL,
    joined_on   DATE   NOT NULL,
    left_on     DATE,
    CONSTRAINT pk_segment_membership PRIMARY KEY (segment_id, employee_id, joined_on),
    CONSTRAINT fk_segment_membership_segment FOREIGN KEY (segment_id) REFERENCES segment (id) ON DELETE CASCADE,
    CONSTRAINT fk_segment_membership_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT ck_segment_membership_dates CHECK (left_on IS NULL OR left_on > joined_on)
);
-- "Current members of S" and "segments of person P" are the two hot reads.
CREATE INDEX ix_segment_membership_current ON segment_membership (segment_id, left_on, employee_id);
CREATE INDEX ix_segment_membership_employee ON segment_membership (employee_id, left_on);
-- Rules filter on these columns.
CREATE INDEX ix_employee_contact_level ON employee (contact_level, status);
CREATE INDEX ix_employee_hire_date ON employee (hire_date);
