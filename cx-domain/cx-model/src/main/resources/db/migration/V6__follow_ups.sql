-- Closed loop: a detractor (NPS 0-6) or a CSAT of 1-2 opens a follow-up for the team lead of the
-- unit of the employee the response names, due a configured number of hours after it arrived.
-- Past due and still open, it escalates to the lead of the unit above. The team lead records the
-- contact, what was done and whether the customer was recovered; that is the recovery rate.

CREATE SEQUENCE follow_up_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE follow_up (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    feedback_id     BIGINT        NOT NULL,
    reason          VARCHAR(16)   NOT NULL,
    unit_id         BIGINT,
    owner_id        BIGINT,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    escalated_at    TIMESTAMP WITH TIME ZONE,
    escalated_to_id BIGINT,
    contacted_at    TIMESTAMP WITH TIME ZONE,
    action_taken    VARCHAR(2000),
    recovery        VARCHAR(16),
    closed_by       VARCHAR(64),
    CONSTRAINT uq_follow_up_feedback UNIQUE (feedback_id),
    CONSTRAINT fk_follow_up_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id),
    CONSTRAINT fk_follow_up_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_follow_up_owner FOREIGN KEY (owner_id) REFERENCES employee (id),
    CONSTRAINT fk_follow_up_escalated_to FOREIGN KEY (escalated_to_id) REFERENCES employee (id),
    CONSTRAINT ck_follow_up_reason CHECK (reason IN ('DETRACTOR', 'LOW_CSAT')),
    CONSTRAINT ck_follow_up_status CHECK (status IN ('OPEN', 'DONE')),
    CONSTRAINT ck_follow_up_recovery CHECK (recovery IS NULL OR recovery IN ('RECOVERED', 'NOT_RECOVERED', 'PENDING'))
);
CREATE INDEX ix_follow_up_owner ON follow_up (owner_id, status, due_at);
CREATE INDEX ix_follow_up_escalated_to ON follow_up (escalated_to_id, status);
CREATE INDEX ix_follow_up_open ON follow_up (status, escalated_at, due_at);
