-- Gender equality plan, recruitment measures (spec §6.4.2): the internal notice of a leadership
-- vacancy goes by e-mail to every active employee. internal_notice_recipients (V16) counts those
-- e-mailed; this counts the active employees Dosar could not e-mail (no user account or no
-- address), whom HR reaches by the notice displayed at the headquarters.
ALTER TABLE contest ADD COLUMN internal_notice_unreached INT;
