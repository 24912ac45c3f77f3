-- Announcements from leadership or HR to the company, a unit (with the units below it) or a segment.
-- Publishing writes one recipient row per current person of the audience (set-based); seen and
-- confirmed are tracked apart, as for the vision. Confirmation is asked for or not, per announcement.
CREATE SEQUENCE announcement_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE announcement (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    title             VARCHAR(150)  NOT NULL,
    body              VARCHAR(4000) NOT NULL,
    audience          VARCHAR(16)   NOT NULL,
    org_unit_id       BIGINT,
    segment_id        BIGINT,
    confirm_requested BOOLEAN       NOT NULL,
    published_by      VARCHAR(64)   NOT NULL,
    published_on      DATE          NOT NULL,
    CONSTRAINT fk_announcement_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_announcement_segment FOREIGN KEY (segment_id) REFERENCES segment (id),
    CONSTRAINT ck_announcement_audience CHECK (audience IN ('COMPANY', 'UNIT', 'SEGMENT')),
    CONSTRAINT ck_announcement_target CHECK ((audience = 'UNIT') = (org_unit_id IS NOT NULL)
        AND (audience = 'SEGMENT') = (segment_id IS NOT NULL))
);
CREATE INDEX ix_announcement_published ON announcement (published_on);

CREATE TABLE announcement_recipient (
    announcement_id BIGINT NOT NULL,
    employee_id     BIGINT NOT NULL,
    seen_at         TIMESTAMP WITH TIME ZONE,
    confirmed_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_announcement_recipient PRIMARY KEY (announcement_id, employee_id),
    CONSTRAINT fk_announcement_recipient_announcement FOREIGN KEY (announcement_id) REFERENCES announcement (id),
    CONSTRAINT fk_announcement_recipient_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);
CREATE INDEX ix_announcement_recipient_employee ON announcement_recipient (employee_id);

ALTER TABLE notification DROP CONSTRAINT ck_notification_kind;
ALTER TABLE notification ADD CONSTRAINT ck_notification_kind CHECK (kind IN ('TRAINING_ASSIGNED', 'TRAINING_REMINDER',
    'TRAINING_OVERDUE', 'CERTIFICATION_EXPIRING', 'REFRESHER_READY', 'RECOGNITION_RECEIVED', 'AWARD_RECEIVED',
    'REDEMPTION_SETTLED', 'REDEMPTION_REFUSED', 'BADGE_GRANTED', 'APPROVAL_WAITING', 'APPROVAL_REMINDER',
    'APPROVAL_DECIDED', 'BUDGET_OVERSPENT', 'VISION_PUBLISHED', 'VISION_REMINDER', 'VISION_OVERDUE',
    'CHAMPION_NAMED', 'IDEA_RAISED', 'IDEA_ANSWERED', 'ANNOUNCEMENT'));
