-- A reward outside the catalog: a person asks for it (what it is, the kind of motivator it answers,
-- its price in their received points, why), the points are held from their account while one to
-- three approvers decide in turn, a refusal gives them back, and the last approval makes it a
-- one-off reward of the catalog redeemed for that person, which HR hands over from the fulfilment
-- queue like any other. One-off rewards are never offered in the catalog.
ALTER TABLE reward_item ADD COLUMN one_off BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE approval_request ADD COLUMN reward_title VARCHAR(120);
ALTER TABLE approval_request ADD COLUMN reward_motivator VARCHAR(32);
ALTER TABLE approval_request ADD COLUMN redemption_id BIGINT;
ALTER TABLE approval_request ADD CONSTRAINT fk_approval_request_redemption
    FOREIGN KEY (redemption_id) REFERENCES redemption (id);
ALTER TABLE approval_request DROP CONSTRAINT ck_approval_request_kind;
ALTER TABLE approval_request ADD CONSTRAINT ck_approval_request_kind CHECK (kind IN ('NOMINATION', 'AWARD', 'REWARD'));
ALTER TABLE approval_request ADD CONSTRAINT ck_approval_request_reward
    CHECK ((kind = 'REWARD') = (reward_title IS NOT NULL AND reward_motivator IS NOT NULL));
