-- Gender equality plan (spec gender-equality-plan.md §6.4.3, DMN-1) for the disciplinary
-- commission: how the commission of a case was judged when the case was registered — the DMN-1
-- status (MIXED or SINGLE_GENDER), the institution's enforcement mode (SOFT or HARD) and, for a
-- single-gender commission under SOFT, the Director's justification (the seats' genders are in
-- disciplinary_member.gender, V16). Mirrors contest.commission_gender_*.
ALTER TABLE disciplinary_case ADD COLUMN commission_gender_status VARCHAR(24);
ALTER TABLE disciplinary_case ADD COLUMN commission_gender_mode VARCHAR(8);
ALTER TABLE disciplinary_case ADD COLUMN commission_gender_justification VARCHAR(2000);
