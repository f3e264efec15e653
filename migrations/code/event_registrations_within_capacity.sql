-- event_registrations_within_capacity: applied after the migrations at every start when this file changed (decision 026);
-- first created by 0011_events_and_registrations.sql.
-- Capacity (decision 022): at the end of every transaction that gives a place (registered) or holds one for an
-- offer (offered) — PLACE_HOLDING_STATUSES in src/lib/event-options.ts — the occurrence's places held do not
-- exceed its event's capacity (SQLSTATE EV001). The trigger
-- first locks the occurrence row, the same lock the registering transaction takes, so two transactions can never
-- both count the last place free: the second one waits, then counts with a fresh snapshot that includes the first.
CREATE OR REPLACE FUNCTION "event_registrations_within_capacity"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	places integer;
	taken integer;
BEGIN
	IF NEW.status NOT IN ('registered', 'offered') THEN RETURN NULL; END IF;
	SELECT e.capacity INTO places FROM event_occurrences o JOIN events e ON e.id = o.event_id
	WHERE o.id = NEW.occurrence_id FOR UPDATE OF o;
	SELECT count(*) INTO taken FROM event_registrations
	WHERE occurrence_id = NEW.occurrence_id AND status IN ('registered', 'offered');
	IF taken > places THEN
		RAISE EXCEPTION 'occurrence % has % places taken for % places', NEW.occurrence_id, taken, places
			USING ERRCODE = 'EV001';
	END IF;
	RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS "event_registrations_within_capacity" ON "event_registrations";
CREATE CONSTRAINT TRIGGER "event_registrations_within_capacity" AFTER INSERT OR UPDATE OF status ON "event_registrations"
	DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "event_registrations_within_capacity"();
