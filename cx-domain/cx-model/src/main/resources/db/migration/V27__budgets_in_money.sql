-- HR may set a budget's limit in money instead of points: the amount is kept as entered and the
-- limit in points follows from it at the rate of the day it was set (as a redemption keeps the
-- money value of its day); every check still counts points.
ALTER TABLE reward_budget ADD COLUMN limit_money NUMERIC(12, 2);
ALTER TABLE reward_budget ADD CONSTRAINT ck_reward_budget_money CHECK (limit_money IS NULL OR limit_money > 0);
