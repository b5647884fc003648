-- The Director may suspend a contractual employee's contract during the prior disciplinary
-- investigation (ROI Art. 52 lit. a); spec internal-regulation §4.6 step 6b).
ALTER TABLE disciplinary_case ADD COLUMN contract_suspended_from DATE;
ALTER TABLE disciplinary_case ADD COLUMN contract_suspended_until DATE;
