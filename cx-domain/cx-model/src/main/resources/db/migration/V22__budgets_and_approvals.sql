-- What a unit may hand out in points in a month or a quarter. A fixed budget refuses a boost or a
-- nomination past its limit; a flexible one lets it through and warns its owner (warned_at: once
-- per budget). Allowances and scheme awards, which people are entitled to, always draw and count.
CREATE TABLE reward_budget (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    unit_id       BIGINT       NOT NULL,
    period_kind   VARCHAR(8)   NOT NULL,
    period_start  DATE         NOT NULL,
    period_end    DATE         NOT NULL,
    limit_points  BIGINT       NOT NULL,
    mode          VARCHAR(8)   NOT NULL,
    owner_id      BIGINT,
    warned_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_reward_budget UNIQUE (unit_id, period_start),
    CONSTRAINT fk_reward_budget_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_reward_budget_owner FOREIGN KEY (owner_id) REFERENCES employee (id),
    CONSTRAINT ck_reward_budget_kind CHECK (period_kind IN ('MONTH', 'QUARTER')),
    CONSTRAINT ck_reward_budget_mode CHECK (mode IN ('FIXED', 'FLEXIBLE')),
    CONSTRAINT ck_reward_budget_limit CHECK (limit_points > 0),
    CONSTRAINT ck_reward_budget_period CHECK (period_end >= period_start)
);
CREATE SEQUENCE reward_budget_seq START WITH 100 INCREMENT BY 50;
CREATE INDEX ix_reward_budget_period ON reward_budget (period_start, period_end);

-- What drew on a budget, one row per ledger transfer, never changed: what it used is the sum of
-- its rows (a refused approval's return is a negative row).
CREATE TABLE budget_draw (
    id           BIGINT       NOT NULL PRIMARY KEY,
    budget_id    BIGINT       NOT NULL,
    transfer_id  BIGINT       NOT NULL,
    purpose      VARCHAR(12)  NOT NULL,
    points       BIGINT       NOT NULL,
    drawn_on     DATE         NOT NULL,
    CONSTRAINT uq_budget_draw_transfer UNIQUE (transfer_id),
    CONSTRAINT fk_budget_draw_budget FOREIGN KEY (budget_id) REFERENCES reward_budget (id),
    CONSTRAINT fk_budget_draw_transfer FOREIGN KEY (transfer_id) REFERENCES points_transfer (id),
    CONSTRAINT ck_budget_draw_purpose CHECK (purpose IN ('ALLOWANCE', 'AWARD', 'BOOST', 'NOMINATION', 'RETURN')),
    CONSTRAINT ck_budget_draw_points CHECK (points <> 0)
);
CREATE SEQUENCE budget_draw_seq START WITH 100 INCREMENT BY 50;
CREATE INDEX ix_budget_draw_budget ON budget_draw (budget_id, purpose);

-- Points waiting for an approval are held in the company's account HELD: they leave ISSUED when
-- asked for (so a fixed budget is reserved at once) and go to the person, or back, when decided.
ALTER TABLE points_account DROP CONSTRAINT ck_points_account_kind;
ALTER TABLE points_account ADD CONSTRAINT ck_points_account_kind
    CHECK (kind IN ('GIVING', 'RECEIVED', 'ISSUED', 'EXPIRED', 'REDEEMED', 'HELD'));
INSERT INTO points_account (id, version, kind, employee_id, owner_key, balance, allowance_month, created_at)
VALUES (4, 0, 'HELD', NULL, 'HELD', 0, NULL, CURRENT_TIMESTAMP);

-- A nomination, or an award above the approval limit, waiting for one to three approvers in
-- turn (the person's team lead, their department's head, HR); each stage is a row of
-- approval_step, written when the request is made, decided once, with a comment the next
-- approver reads. A refusal at any stage ends the request and returns the held points.
CREATE TABLE approval_request (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    kind                 VARCHAR(12)   NOT NULL,
    employee_id          BIGINT        NOT NULL,
    points               BIGINT        NOT NULL,
    reason               VARCHAR(1000) NOT NULL,
    value_code           VARCHAR(40),
    award_id             BIGINT,
    requester_id         BIGINT,
    requested_by         VARCHAR(80)   NOT NULL,
    requested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    idempotency_key      VARCHAR(120)  NOT NULL,
    status               VARCHAR(10)   NOT NULL,
    stage                INTEGER       NOT NULL,
    stages               INTEGER       NOT NULL,
    stage_since          TIMESTAMP WITH TIME ZONE NOT NULL,
    reminded_at          TIMESTAMP WITH TIME ZONE,
    decided_at           TIMESTAMP WITH TIME ZONE,
    budget_id            BIGINT,
    hold_transfer_id     BIGINT        NOT NULL,
    outcome_transfer_id  BIGINT,
    CONSTRAINT uq_approval_request_key UNIQUE (idempotency_key),
    CONSTRAINT fk_approval_request_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_approval_request_requester FOREIGN KEY (requester_id) REFERENCES employee (id),
    CONSTRAINT fk_approval_request_award FOREIGN KEY (award_id) REFERENCES reward_award (id),
    CONSTRAINT fk_approval_request_budget FOREIGN KEY (budget_id) REFERENCES reward_budget (id),
    CONSTRAINT fk_approval_request_hold FOREIGN KEY (hold_transfer_id) REFERENCES points_transfer (id),
    CONSTRAINT fk_approval_request_outcome FOREIGN KEY (outcome_transfer_id) REFERENCES points_transfer (id),
    CONSTRAINT ck_approval_request_kind CHECK (kind IN ('NOMINATION', 'AWARD')),
    CONSTRAINT ck_approval_request_status CHECK (status IN ('WAITING', 'APPROVED', 'REFUSED')),
    CONSTRAINT ck_approval_request_points CHECK (points > 0),
    CONSTRAINT ck_approval_request_stages CHECK (stages BETWEEN 1 AND 3 AND stage BETWEEN 1 AND stages),
    CONSTRAINT ck_approval_request_decided CHECK ((status = 'WAITING') = (outcome_transfer_id IS NULL))
);
CREATE SEQUENCE approval_request_seq START WITH 100 INCREMENT BY 50;
CREATE INDEX ix_approval_request_status ON approval_request (status, stage_since);
CREATE INDEX ix_approval_request_employee ON approval_request (employee_id, requested_at);

CREATE TABLE approval_step (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    request_id    BIGINT        NOT NULL,
    stage         INTEGER       NOT NULL,
    approver      VARCHAR(16)   NOT NULL,
    approver_id   BIGINT,
    decision      VARCHAR(10),
    comment_text  VARCHAR(1000),
    decided_by    VARCHAR(80),
    decided_at    TIMESTAMP WITH TIME ZONE,
    escalated_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_approval_step UNIQUE (request_id, stage),
    CONSTRAINT fk_approval_step_request FOREIGN KEY (request_id) REFERENCES approval_request (id),
    CONSTRAINT fk_approval_step_approver FOREIGN KEY (approver_id) REFERENCES employee (id),
    CONSTRAINT ck_approval_step_approver CHECK (approver IN ('TEAM_LEAD', 'DEPARTMENT_HEAD', 'HR')),
    CONSTRAINT ck_approval_step_who CHECK ((approver = 'HR') = (approver_id IS NULL)),
    CONSTRAINT ck_approval_step_decision CHECK (decision IS NULL OR decision IN ('APPROVED', 'REFUSED')),
    CONSTRAINT ck_approval_step_decided CHECK ((decision IS NULL) = (decided_at IS NULL))
);
CREATE SEQUENCE approval_step_seq START WITH 100 INCREMENT BY 50;
CREATE INDEX ix_approval_step_approver ON approval_step (approver_id, decision);

-- Approvers hear of what waits for them (and again when it waited too long), the person of the
-- outcome, a budget's owner when it goes past its limit.
ALTER TABLE notification DROP CONSTRAINT ck_notification_kind;
ALTER TABLE notification ADD CONSTRAINT ck_notification_kind CHECK (kind IN ('TRAINING_ASSIGNED', 'TRAINING_REMINDER',
    'TRAINING_OVERDUE', 'CERTIFICATION_EXPIRING', 'REFRESHER_READY', 'RECOGNITION_RECEIVED', 'AWARD_RECEIVED',
    'REDEMPTION_SETTLED', 'REDEMPTION_REFUSED', 'BADGE_GRANTED', 'APPROVAL_WAITING', 'APPROVAL_REMINDER',
    'APPROVAL_DECIDED', 'BUDGET_OVERSPENT'));
