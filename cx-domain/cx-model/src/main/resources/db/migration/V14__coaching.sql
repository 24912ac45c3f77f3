-- Coaching observations (Kirkpatrick level 3: does the behaviour show on the job?). A team lead
-- watches a real customer interaction and ticks, for each behaviour of the checklist, whether it
-- was shown or not; behaviours that did not come up are left out.

-- The checklist: observable behaviours, each belonging to one competency. HR may add behaviours;
-- one that is retired (active = false) stays, so old observations keep their meaning.
CREATE TABLE coaching_behaviour (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    code            VARCHAR(40)   NOT NULL,
    name            VARCHAR(120)  NOT NULL,
    description     VARCHAR(1000),
    sort_order      INTEGER       NOT NULL,
    competency_code VARCHAR(40)   NOT NULL,
    active          BOOLEAN       NOT NULL,
    CONSTRAINT uq_coaching_behaviour_code UNIQUE (code),
    CONSTRAINT fk_coaching_behaviour_competency FOREIGN KEY (competency_code) REFERENCES competency (code)
);
CREATE SEQUENCE coaching_behaviour_seq START WITH 100 INCREMENT BY 50;

INSERT INTO coaching_behaviour (id, version, created_at, updated_at, code, name, description, sort_order, competency_code, active) VALUES
    (1, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'GREETED_BY_NAME', 'Greeted the customer and used their name',
     'The customer was addressed personally within the first moments of the interaction.', 1, 'CUSTOMER_CENTRICITY', TRUE),
    (2, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'EXPLAINED_WHY', 'Explained what happens next and why it matters to the customer',
     'Next steps were given in the customer''s terms, not the company''s process.', 2, 'CUSTOMER_CENTRICITY', TRUE),
    (3, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'NEED_QUESTION', 'Asked a need-based question',
     'For example: "What will you mainly use it for?"', 3, 'QUESTIONING', TRUE),
    (4, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'ISSUE_QUESTION', 'Asked an issue-based question',
     'For example: "When did the problem first appear?"', 4, 'QUESTIONING', TRUE),
    (5, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'GAP_QUESTION', 'Asked a gap-finding question',
     'For example: "Is there anything we could have done better today?"', 5, 'QUESTIONING', TRUE),
    (6, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'EMPATHISED', 'Acknowledged how the customer felt',
     'The customer''s frustration or worry was named before the facts were discussed.', 6, 'SERVICE_RECOVERY', TRUE),
    (7, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'APOLOGISED_OWNED', 'Apologised and took ownership',
     'A sincere apology without blaming a colleague, a supplier or the customer.', 7, 'SERVICE_RECOVERY', TRUE),
    (8, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'RESOLVED_CONFIRMED', 'Resolved the issue and confirmed the customer was satisfied',
     'The fix was agreed with the customer and checked before closing.', 8, 'SERVICE_RECOVERY', TRUE),
    (9, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'PREFERRED_CHANNEL', 'Confirmed the customer''s preferred contact channel',
     'Asked how and when the customer wants to hear from us next.', 9, 'SERVICE_STANDARDS', TRUE),
    (10, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'MET_STANDARD', 'Met the service standard of this step',
     'For example the promised call-back time or delivery window.', 10, 'SERVICE_STANDARDS', TRUE),
    (11, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'VISION_IN_ACTION', 'Acted on the CX vision beyond the script',
     'Did something the customer did not ask for but valued, in the spirit of the vision.', 11, 'CX_VISION', TRUE);

CREATE TABLE coaching_observation (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    employee_id     BIGINT        NOT NULL,
    observer        VARCHAR(64)   NOT NULL,
    observer_name   VARCHAR(200)  NOT NULL,
    observed_on     DATE          NOT NULL,
    interaction     VARCHAR(200)  NOT NULL,
    note            VARCHAR(2000),
    behaviours_met  INTEGER       NOT NULL,
    behaviours_seen INTEGER       NOT NULL,
    CONSTRAINT fk_coaching_observation_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT ck_coaching_observation_counts CHECK (behaviours_seen >= 1 AND behaviours_met BETWEEN 0 AND behaviours_seen)
);
CREATE SEQUENCE coaching_observation_seq START WITH 100 INCREMENT BY 50;
CREATE INDEX ix_coaching_observation_employee ON coaching_observation (employee_id, observed_on);
CREATE INDEX ix_coaching_observation_day ON coaching_observation (observed_on);

-- One ticked behaviour of an observation; competency_code is copied from the behaviour so trends
-- per competency need no join and keep their meaning if a behaviour moves.
CREATE TABLE coaching_check (
    observation_id  BIGINT      NOT NULL,
    behaviour_code  VARCHAR(40) NOT NULL,
    competency_code VARCHAR(40) NOT NULL,
    shown           BOOLEAN     NOT NULL,
    CONSTRAINT pk_coaching_check PRIMARY KEY (observation_id, behaviour_code),
    CONSTRAINT fk_coaching_check_observation FOREIGN KEY (observation_id) REFERENCES coaching_observation (id) ON DELETE CASCADE,
    CONSTRAINT fk_coaching_check_behaviour FOREIGN KEY (behaviour_code) REFERENCES coaching_behaviour (code)
);
