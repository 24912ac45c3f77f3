-- Each employee's ranking of what recognition is worth to them: rank 0 is the first choice.
-- The key is (employee, motivator), not (employee, rank): reordering moves ranks row by row, and
-- a unique rank would collide halfway through. The entity keeps ranks 0..n-1 without gaps.
CREATE TABLE employee_motivator (
    employee_id     BIGINT      NOT NULL,
    motivator       VARCHAR(32) NOT NULL,
    preference_rank INTEGER     NOT NULL,
    CONSTRAINT pk_employee_motivator PRIMARY KEY (employee_id, motivator),
    CONSTRAINT fk_employee_motivator_employee FOREIGN KEY (employee_id) REFERENCES employee (id) ON DELETE CASCADE,
    CONSTRAINT ck_employee_motivator CHECK (motivator IN ('MONEY_OR_VOUCHERS', 'TIME_OFF', 'PUBLIC_RECOGNITION',
        'LEARNING_BUDGET', 'CHARITY_DONATION', 'GIFT_OR_EXPERIENCE')),
    CONSTRAINT ck_employee_motivator_rank CHECK (preference_rank >= 0 AND preference_rank < 6)
);
-- "Motivator ranked first" is a segment criterion: find first choices without a table scan.
CREATE INDEX ix_employee_motivator_first ON employee_motivator (preference_rank, motivator);
