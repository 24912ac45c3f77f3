-- A scheme may give its award as a reward of the kind the person values: HR lists the kinds it may
-- give (comma-separated motivators, NULL for points only), and each award follows the person's own
-- ranking of them. The award then records the redemption that set its points aside for that
-- reward, which HR hands over like any other.
ALTER TABLE reward_scheme ADD COLUMN reward_kinds VARCHAR(200);
ALTER TABLE reward_award ADD COLUMN redemption_id BIGINT;
ALTER TABLE reward_award ADD CONSTRAINT fk_reward_award_redemption FOREIGN KEY (redemption_id) REFERENCES redemption (id);
