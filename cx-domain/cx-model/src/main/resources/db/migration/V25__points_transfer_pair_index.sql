-- What one person has given another this month (the share-to-one rule every gift checks) was a
-- scan of the whole ledger; with this index it reads the pair's own transfers only.
CREATE INDEX ix_points_transfer_pair ON points_transfer (from_account_id, to_account_id, effective_on);
