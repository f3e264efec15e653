-- events_capacity_not_below_taken: applied after the migrations at every start when this file changed (decision 026);
-- first created by 0011_events_and_registrations.sql.
-- Lowering an event's capacity under the places already held (PLACE_HOLDING_STATUSES) in one of its occurrences is
-- refused (EV001 too).
CREATE OR REPLACE FUNCTION "events_capacity_not_below_taken"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.capacity < OLD.capacity AND EXISTS (
		SELECT 1 FROM event_occurrences o JOIN event_registrations r ON r.occurrence_id = o.id
		WHERE o.event_id = NEW.id AND r.status IN ('registered', 'offered')
		GROUP BY o.id HAVING count(*) > NEW.capacity
	) THEN
		RAISE EXCEPTION 'event % has an occurrence with more places taken than %', NEW.id, NEW.capacity
			USING ERRCODE = 'EV001';
	END IF;
	RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS "events_capacity_not_below_taken" ON "events";
CREATE CONSTRAINT TRIGGER "events_capacity_not_below_taken" AFTER UPDATE OF capacity ON "events"
	DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "events_capacity_not_below_taken"();
