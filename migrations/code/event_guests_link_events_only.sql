-- event_guests_link_events_only: applied after the migrations at every start when this file changed (decision 026);
-- first created by 0014_event_guests.sql.
-- Only « anyone with the link » events take guests (decision 024): a guest for another event is refused (EV002).
CREATE OR REPLACE FUNCTION "event_guests_link_events_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NOT EXISTS (
		SELECT 1 FROM event_occurrences o JOIN events e ON e.id = o.event_id
		WHERE o.id = NEW.occurrence_id AND e.audience = 'link'
	) THEN
		RAISE EXCEPTION 'occurrence % is not open to guests', NEW.occurrence_id USING ERRCODE = 'EV002';
	END IF;
	RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS "event_guests_link_events_only" ON "event_guests";
CREATE TRIGGER "event_guests_link_events_only" BEFORE INSERT ON "event_guests"
	FOR EACH ROW EXECUTE FUNCTION "event_guests_link_events_only"();
