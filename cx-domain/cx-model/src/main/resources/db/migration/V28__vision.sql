-- The CX vision leadership publishes: the vision, the service promise and the company values, in
-- each of the portal's languages, versioned. A draft is edited; a published version is kept as it
-- was (the application never changes its texts) and the newest published one is the current vision.
CREATE TABLE vision_version (
    id            BIGINT      NOT NULL PRIMARY KEY,
    version       BIGINT      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    number        INTEGER     NOT NULL,
    status        VARCHAR(16) NOT NULL,
    drafted_by    VARCHAR(64) NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE,
    published_on  DATE,
    published_by  VARCHAR(64),
    CONSTRAINT uq_vision_version_number UNIQUE (number),
    CONSTRAINT ck_vision_version_status CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT ck_vision_version_published CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL AND published_on IS NOT NULL))
);
CREATE SEQUENCE vision_version_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE vision_text (
    vision_version_id BIGINT        NOT NULL,
    language          VARCHAR(8)    NOT NULL,
    vision            VARCHAR(4000) NOT NULL,
    promise           VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_vision_text PRIMARY KEY (vision_version_id, language),
    CONSTRAINT fk_vision_text_version FOREIGN KEY (vision_version_id) REFERENCES vision_version (id)
);

CREATE TABLE vision_value_text (
    vision_version_id BIGINT        NOT NULL,
    value_code        VARCHAR(40)   NOT NULL,
    language          VARCHAR(8)    NOT NULL,
    sort_order        INTEGER       NOT NULL,
    name              VARCHAR(120)  NOT NULL,
    description       VARCHAR(1000),
    CONSTRAINT pk_vision_value_text PRIMARY KEY (vision_version_id, value_code, language),
    CONSTRAINT fk_vision_value_text_version FOREIGN KEY (vision_version_id) REFERENCES vision_version (id)
);

-- Who was asked to read which version, when they saw it and when they confirmed it; one reminder,
-- then a copy to the lead. Written set-based when a version is published and when people join.
CREATE TABLE vision_acknowledgement (
    vision_version_id BIGINT NOT NULL,
    employee_id       BIGINT NOT NULL,
    asked_on          DATE   NOT NULL,
    seen_at           TIMESTAMP WITH TIME ZONE,
    acknowledged_at   TIMESTAMP WITH TIME ZONE,
    reminded_on       DATE,
    escalated_on      DATE,
    CONSTRAINT pk_vision_acknowledgement PRIMARY KEY (vision_version_id, employee_id),
    CONSTRAINT fk_vision_acknowledgement_version FOREIGN KEY (vision_version_id) REFERENCES vision_version (id),
    CONSTRAINT fk_vision_acknowledgement_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);
CREATE INDEX ix_vision_acknowledgement_employee ON vision_acknowledgement (employee_id);

INSERT INTO scheduled_job (name, done_through, last_run_at, last_run_by) VALUES ('vision-acknowledgements', NULL, NULL, NULL);

ALTER TABLE notification DROP CONSTRAINT ck_notification_kind;
ALTER TABLE notification ADD CONSTRAINT ck_notification_kind CHECK (kind IN ('TRAINING_ASSIGNED', 'TRAINING_REMINDER',
    'TRAINING_OVERDUE', 'CERTIFICATION_EXPIRING', 'REFRESHER_READY', 'RECOGNITION_RECEIVED', 'AWARD_RECEIVED',
    'REDEMPTION_SETTLED', 'REDEMPTION_REFUSED', 'BADGE_GRANTED', 'APPROVAL_WAITING', 'APPROVAL_REMINDER',
    'APPROVAL_DECIDED', 'BUDGET_OVERSPENT', 'VISION_PUBLISHED', 'VISION_REMINDER', 'VISION_OVERDUE'));
