-- space_bookings_check: applied after the migrations at every start when this file changed (decision 026).
-- A booking that holds its slot (requested or confirmed) lies within one opening period of its venue on its Paris day (SP002) and on no closed day
-- (SP001); its blocked_until is its end plus the resource's buffer, which the exclusion constraint
-- space_bookings_no_overlap compares (decision 029). The venue's row is locked FOR SHARE first: a closure being
-- added at the same moment (space_closures_check locks it FOR NO KEY UPDATE) waits for this booking and then
-- sees it, and this booking waits for the closure and then sees it.
CREATE OR REPLACE FUNCTION "space_bookings_check"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	resource_venue uuid;
	buffer integer;
	local_start timestamp;
	local_end timestamp;
BEGIN
	IF NEW.status NOT IN ('requested', 'confirmed') THEN
		RETURN NEW;
	END IF;
	-- Approving a request (requested → confirmed) changes nothing the checks look at.
	IF TG_OP = 'UPDATE' AND OLD.status IN ('requested', 'confirmed') AND OLD.resource_id = NEW.resource_id
		AND OLD.starts_at = NEW.starts_at AND OLD.ends_at = NEW.ends_at THEN
		RETURN NEW;
	END IF;
	SELECT r.venue_id, r.buffer_minutes INTO resource_venue, buffer
		FROM space_resources r WHERE r.id = NEW.resource_id AND r.network_id = NEW.network_id;
	IF resource_venue IS NULL THEN
		-- The foreign key says it better.
		RETURN NEW;
	END IF;
	PERFORM 1 FROM venues v WHERE v.id = resource_venue FOR SHARE;
	NEW.blocked_until := NEW.ends_at + make_interval(mins => buffer);
	local_start := NEW.starts_at AT TIME ZONE 'Europe/Paris';
	local_end := NEW.ends_at AT TIME ZONE 'Europe/Paris';
	IF EXISTS (
		SELECT 1 FROM space_closures c
		WHERE c.venue_id = resource_venue AND local_start::date <= c.ends_on AND local_end::date >= c.starts_on
	) THEN
		RAISE EXCEPTION 'venue % is closed then', resource_venue USING ERRCODE = 'SP001';
	END IF;
	IF local_end::date <> local_start::date OR NOT EXISTS (
		SELECT 1 FROM space_opening_hours h
		WHERE h.venue_id = resource_venue AND h.weekday = extract(isodow FROM local_start)
			AND h.opens_at <= local_start::time AND h.closes_at >= local_end::time
	) THEN
		RAISE EXCEPTION 'venue % is not open from % to %', resource_venue, local_start, local_end USING ERRCODE = 'SP002';
	END IF;
	RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS "space_bookings_check" ON "space_bookings";
CREATE TRIGGER "space_bookings_check" BEFORE INSERT OR UPDATE OF status, resource_id, starts_at, ends_at
	ON "space_bookings" FOR EACH ROW EXECUTE FUNCTION "space_bookings_check"();
