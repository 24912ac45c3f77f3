-- Customer champions: front-line people a department names to carry the CX vision, each with the
-- role the department gives them. A champion works in the department (or a team below it).
CREATE TABLE champion (
    department_id    BIGINT        NOT NULL,
    employee_id      BIGINT        NOT NULL,
    role_description VARCHAR(500)  NOT NULL,
    named_by         VARCHAR(64)   NOT NULL,
    named_on         DATE          NOT NULL,
    CONSTRAINT pk_champion PRIMARY KEY (department_id, employee_id),
    CONSTRAINT fk_champion_department FOREIGN KEY (department_id) REFERENCES org_unit (id),
    CONSTRAINT fk_champion_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);
CREATE INDEX ix_champion_employee ON champion (employee_id);

-- What a champion raises from the front line (an observation of what stands in the customer's way,
-- or an improvement idea) and how the department answered it: status, owner and answer.
CREATE SEQUENCE improvement_idea_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE improvement_idea (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    department_id  BIGINT        NOT NULL,
    raised_by_id   BIGINT        NOT NULL,
    raised_on      DATE          NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    title          VARCHAR(150)  NOT NULL,
    observation    VARCHAR(2000) NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    owner_id       BIGINT,
    answer         VARCHAR(2000),
    answered_by    VARCHAR(64),
    answered_on    DATE,
    closed_on      DATE,
    CONSTRAINT fk_improvement_idea_department FOREIGN KEY (department_id) REFERENCES org_unit (id),
    CONSTRAINT fk_improvement_idea_raised_by FOREIGN KEY (raised_by_id) REFERENCES employee (id),
    CONSTRAINT fk_improvement_idea_owner FOREIGN KEY (owner_id) REFERENCES employee (id),
    CONSTRAINT ck_improvement_idea_kind CHECK (kind IN ('OBSERVATION', 'IDEA')),
    CONSTRAINT ck_improvement_idea_status CHECK (status IN ('RAISED', 'ANSWERED', 'IN_PROGRESS', 'ACTED_ON', 'DECLINED')),
    CONSTRAINT ck_improvement_idea_answered CHECK ((status = 'RAISED') = (answer IS NULL))
);
CREATE INDEX ix_improvement_idea_department ON improvement_idea (department_id, status);
CREATE INDEX ix_improvement_idea_raised_by ON improvement_idea (raised_by_id);

ALTER TABLE notification DROP CONSTRAINT ck_notification_kind;
ALTER TABLE notification ADD CONSTRAINT ck_notification_kind CHECK (kind IN ('TRAINING_ASSIGNED', 'TRAINING_REMINDER',
    'TRAINING_OVERDUE', 'CERTIFICATION_EXPIRING', 'REFRESHER_READY', 'RECOGNITION_RECEIVED', 'AWARD_RECEIVED',
    'REDEMPTION_SETTLED', 'REDEMPTION_REFUSED', 'BADGE_GRANTED', 'APPROVAL_WAITING', 'APPROVAL_REMINDER',
    'APPROVAL_DECIDED', 'BUDGET_OVERSPENT', 'VISION_PUBLISHED', 'VISION_REMINDER', 'VISION_OVERDUE',
    'CHAMPION_NAMED', 'IDEA_RAISED', 'IDEA_ANSWERED'));
