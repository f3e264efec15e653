-- event_registrations_one_per_address: applied after the migrations at every start when this file changed (decision 026);
-- first created by 0017_one_live_registration_per_address.sql.
-- One person, one live registration per occurrence (decision 024): a guest and a member with the same email
-- address are the same person, so a new live registration (LIVE_REGISTRATION_STATUSES in src/lib/event-options.ts:
-- holding a place or waiting for one) is refused when that address already has one for the occurrence, with or
-- without an account (EV003). Registrations are inserted under the occurrence's lock, so two cannot
-- slip past each other.
CREATE OR REPLACE FUNCTION "event_registrations_one_per_address"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	address text;
BEGIN
	IF NEW.status NOT IN ('registered', 'waitlisted', 'offered') THEN
		RETURN NEW;
	END IF;
	IF NEW.account_id IS NOT NULL THEN
		SELECT lower(email) INTO address FROM accounts WHERE id = NEW.account_id;
	ELSE
		SELECT lower(email) INTO address FROM event_guests WHERE id = NEW.guest_id;
	END IF;
	-- A member without an email address is only themselves.
	IF address IS NULL THEN
		RETURN NEW;
	END IF;
	IF EXISTS (
		SELECT 1 FROM event_registrations r
		LEFT JOIN accounts a ON a.id = r.account_id
		LEFT JOIN event_guests g ON g.id = r.guest_id
		WHERE r.occurrence_id = NEW.occurrence_id
			AND r.status IN ('registered', 'waitlisted', 'offered')
			AND lower(coalesce(a.email, g.email)) = address
	) THEN
		RAISE EXCEPTION 'this address already has a live registration for occurrence %', NEW.occurrence_id USING ERRCODE = 'EV003';
	END IF;
	RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS "event_registrations_one_per_address" ON "event_registrations";
CREATE TRIGGER "event_registrations_one_per_address" BEFORE INSERT ON "event_registrations"
	FOR EACH ROW EXECUTE FUNCTION "event_registrations_one_per_address"();
