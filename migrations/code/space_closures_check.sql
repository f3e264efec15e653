-- space_closures_check: applied after the migrations at every start when this file changed (decision 026).
-- A closure may not fall on a requested or confirmed booking that has not ended yet (SP003): the coordinator cancels those
-- first, so nobody comes to a closed door (decision 029). The venue's row is locked FOR NO KEY UPDATE, which a
-- booking being made (space_bookings_check, FOR SHARE) holds back: each then sees the other once committed.
CREATE OR REPLACE FUNCTION "space_closures_check"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM 1 FROM venues v WHERE v.id = NEW.venue_id FOR NO KEY UPDATE;
	IF EXISTS (
		SELECT 1 FROM space_bookings b JOIN space_resources r ON r.id = b.resource_id
		WHERE r.venue_id = NEW.venue_id AND b.status IN ('requested', 'confirmed') AND b.ends_at > now()
			AND (b.starts_at AT TIME ZONE 'Europe/Paris')::date <= NEW.ends_on
			AND (b.ends_at AT TIME ZONE 'Europe/Paris')::date >= NEW.starts_on
	) THEN
		RAISE EXCEPTION 'venue % has bookings from % to %', NEW.venue_id, NEW.starts_on, NEW.ends_on
			USING ERRCODE = 'SP003';
	END IF;
	RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS "space_closures_check" ON "space_closures";
CREATE TRIGGER "space_closures_check" BEFORE INSERT OR UPDATE OF venue_id, starts_on, ends_on
	ON "space_closures" FOR EACH ROW EXECUTE FUNCTION "space_closures_check"();
