-- Badges: granted by rule (every starter course certified, one course certified, a reward scheme's
-- award in N of its periods running) or by hand with a reason; each with an icon and a colour, its
-- criteria as people read them and an optional validity in months.
CREATE TABLE badge (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    code          VARCHAR(40)   NOT NULL,
    name          VARCHAR(120)  NOT NULL,
    criteria      VARCHAR(500)  NOT NULL,
    icon          VARCHAR(30)   NOT NULL,
    colour        VARCHAR(7)    NOT NULL,
    rule          VARCHAR(20)   NOT NULL,
    course_code   VARCHAR(40),
    scheme_code   VARCHAR(40),
    streak        INTEGER,
    valid_months  INTEGER,
    active        BOOLEAN       NOT NULL,
    CONSTRAINT uq_badge_code UNIQUE (code),
    CONSTRAINT ck_badge_rule CHECK (rule IN ('BY_HAND', 'STARTER_CURRICULUM', 'COURSE_CERTIFIED', 'SCHEME_STREAK')),
    CONSTRAINT ck_badge_course CHECK ((rule = 'COURSE_CERTIFIED') = (course_code IS NOT NULL)),
    CONSTRAINT ck_badge_streak CHECK ((rule = 'SCHEME_STREAK') = (scheme_code IS NOT NULL AND streak IS NOT NULL)),
    CONSTRAINT ck_badge_streak_length CHECK (streak IS NULL OR streak BETWEEN 1 AND 24),
    CONSTRAINT ck_badge_valid CHECK (valid_months IS NULL OR valid_months BETWEEN 1 AND 120)
);
CREATE SEQUENCE badge_seq START WITH 100 INCREMENT BY 50;

-- A grant is never changed; a person holds a badge once at a time (the boundary checks that no
-- grant of theirs still holds), and a rule grants once per person and day whatever retries.
CREATE TABLE badge_grant (
    id           BIGINT        NOT NULL PRIMARY KEY,
    badge_id     BIGINT        NOT NULL,
    employee_id  BIGINT        NOT NULL,
    granted_on   DATE          NOT NULL,
    expires_on   DATE,
    granted_by   VARCHAR(80)   NOT NULL,
    reason       VARCHAR(500),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_badge_grant_day UNIQUE (badge_id, employee_id, granted_on),
    CONSTRAINT fk_badge_grant_badge FOREIGN KEY (badge_id) REFERENCES badge (id),
    CONSTRAINT fk_badge_grant_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT ck_badge_grant_expiry CHECK (expires_on IS NULL OR expires_on >= granted_on)
);
CREATE SEQUENCE badge_grant_seq START WITH 100 INCREMENT BY 50;
CREATE INDEX ix_badge_grant_employee ON badge_grant (employee_id, granted_on);

-- The person hears of a badge.
ALTER TABLE notification DROP CONSTRAINT ck_notification_kind;
ALTER TABLE notification ADD CONSTRAINT ck_notification_kind CHECK (kind IN ('TRAINING_ASSIGNED', 'TRAINING_REMINDER',
    'TRAINING_OVERDUE', 'CERTIFICATION_EXPIRING', 'REFRESHER_READY', 'RECOGNITION_RECEIVED', 'AWARD_RECEIVED',
    'REDEMPTION_SETTLED', 'REDEMPTION_REFUSED', 'BADGE_GRANTED'));
