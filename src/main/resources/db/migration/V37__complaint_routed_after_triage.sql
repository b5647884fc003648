-- The triage form records the Equality Officer's flags; the business rule task routeComplaint
-- (dmn/equality/complaint-routing.dmn) routes the case right after, in the same transaction, and
-- records who investigates. Between the two the row has no handler yet.
ALTER TABLE complaint_triage ALTER COLUMN handler_group DROP NOT NULL;
