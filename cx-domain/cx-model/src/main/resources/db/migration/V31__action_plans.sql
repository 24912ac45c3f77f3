-- Action plans a department or team sets against a target (an outcome metric, a recurring complaint
-- category with its root cause, a service standard, a training coverage): owner, due date, status,
-- share done, notes and sub-actions. Plans belong to an org unit and are seen by the leads above it.
CREATE SEQUENCE action_plan_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE action_plan (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    org_unit_id   BIGINT        NOT NULL,
    title         VARCHAR(150)  NOT NULL,
    target_kind   VARCHAR(24)   NOT NULL,
    target        VARCHAR(300)  NOT NULL,
    root_cause    VARCHAR(1000),
    owner_id      BIGINT        NOT NULL,
    due_on        DATE          NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    percent_done  INTEGER       NOT NULL,
    notes         VARCHAR(4000),
    created_by    VARCHAR(64)   NOT NULL,
    completed_on  DATE,
    CONSTRAINT fk_action_plan_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_action_plan_owner FOREIGN KEY (owner_id) REFERENCES employee (id),
    CONSTRAINT ck_action_plan_kind CHECK (target_kind IN ('OUTCOME_METRIC', 'COMPLAINT_CATEGORY', 'SERVICE_STANDARD', 'TRAINING_COVERAGE')),
    CONSTRAINT ck_action_plan_status CHECK (status IN ('NOT_STARTED', 'ON_HOLD', 'IN_PROGRESS', 'COMPLETE', 'CANCELLED')),
    CONSTRAINT ck_action_plan_percent CHECK (percent_done BETWEEN 0 AND 100),
    CONSTRAINT ck_action_plan_complete CHECK ((status = 'COMPLETE') = (completed_on IS NOT NULL))
);
CREATE INDEX ix_action_plan_unit ON action_plan (org_unit_id, status);
CREATE INDEX ix_action_plan_owner ON action_plan (owner_id);

CREATE TABLE action_plan_step (
    action_plan_id BIGINT       NOT NULL,
    position       INTEGER      NOT NULL,
    text           VARCHAR(300) NOT NULL,
    done_on        DATE,
    CONSTRAINT pk_action_plan_step PRIMARY KEY (action_plan_id, position),
    CONSTRAINT fk_action_plan_step_plan FOREIGN KEY (action_plan_id) REFERENCES action_plan (id)
);
