-- Sealed-paper numbers go only to the papers that are corrected (the candidates present at the
-- roll call), shuffled and numbered 1..n (spec §19.4, SC-03, SC-08); an absent, eliminated or
-- annulled candidate has no paper number.
ALTER TABLE test_paper ALTER COLUMN paper_number DROP NOT NULL;
