-- A commission member found in conflict of interest (§8.1.5(14)-(19)): excluded from the date
-- the conflict was established; his evaluations no longer count.
ALTER TABLE commission_member ADD COLUMN excluded_on DATE;
ALTER TABLE commission_member ADD COLUMN exclusion_reason VARCHAR(2000);
