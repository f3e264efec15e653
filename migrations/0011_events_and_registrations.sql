CREATE TABLE "event_facilitators" (
	"event_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"skill_id" uuid,
	CONSTRAINT "event_facilitators_event_id_account_id_pk" PRIMARY KEY("event_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "event_occurrences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"original_starts_at" timestamp with time zone NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone,
	"attendance_marked_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_occurrences_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "event_occurrences_original_key" UNIQUE("event_id","original_starts_at"),
	CONSTRAINT "event_occurrences_dates" CHECK ("event_occurrences"."ends_at" > "event_occurrences"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"occurrence_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"status" text NOT NULL,
	"arrival" bigserial NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"offered_at" timestamp with time zone,
	"offer_expires_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"attendance" text,
	"attendance_marked_at" timestamp with time zone,
	"attendance_marked_by_account_id" uuid,
	CONSTRAINT "event_registrations_status" CHECK ("event_registrations"."status" in ('registered', 'waitlisted', 'offered', 'cancelled', 'expired')),
	CONSTRAINT "event_registrations_confirmed_at" CHECK ("event_registrations"."status" <> 'registered' or "event_registrations"."confirmed_at" is not null),
	CONSTRAINT "event_registrations_offer" CHECK ("event_registrations"."status" <> 'offered' or ("event_registrations"."offered_at" is not null and "event_registrations"."offer_expires_at" is not null)),
	CONSTRAINT "event_registrations_ended_at" CHECK (("event_registrations"."status" in ('cancelled', 'expired')) = ("event_registrations"."ended_at" is not null)),
	CONSTRAINT "event_registrations_attendance" CHECK ("event_registrations"."attendance" in ('present', 'absent')),
	CONSTRAINT "event_registrations_attendance_registered" CHECK ("event_registrations"."attendance" is null or ("event_registrations"."status" = 'registered' and "event_registrations"."attendance_marked_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"group_id" uuid,
	"venue_id" uuid,
	"online_url" text,
	"time_zone" text DEFAULT 'Europe/Paris' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"repeat_until" date,
	"capacity" integer NOT NULL,
	"audience" text DEFAULT 'network' NOT NULL,
	"link_token" text,
	"created_by_account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "events_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "events_title_length" CHECK (char_length("events"."title") between 3 and 120),
	CONSTRAINT "events_description_length" CHECK (char_length("events"."description") <= 4000),
	CONSTRAINT "events_kind" CHECK ("events"."kind" in ('workshop', 'discovery_day', 'skills_session', 'meeting')),
	CONSTRAINT "events_audience" CHECK ("events"."audience" in ('network', 'group', 'link')),
	CONSTRAINT "events_time_zone" CHECK ("events"."time_zone" = 'Europe/Paris'),
	CONSTRAINT "events_capacity" CHECK ("events"."capacity" between 1 and 10000),
	CONSTRAINT "events_dates" CHECK ("events"."ends_at" > "events"."starts_at"),
	CONSTRAINT "events_place" CHECK ("events"."venue_id" is not null or "events"."online_url" is not null),
	CONSTRAINT "events_online_url" CHECK ("events"."online_url" is null or ("events"."online_url" ~ '^https?://[^\s<>]+$' and length("events"."online_url") <= 500)),
	CONSTRAINT "events_group_audience" CHECK ("events"."audience" <> 'group' or "events"."group_id" is not null),
	CONSTRAINT "events_link_audience" CHECK (("events"."audience" = 'link') = ("events"."link_token" is not null))
);
--> statement-breakpoint
ALTER TABLE "notification_preferences" DROP CONSTRAINT "notification_preferences_kind";--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind";--> statement-breakpoint
ALTER TABLE "event_facilitators" ADD CONSTRAINT "event_facilitators_event_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_facilitators" ADD CONSTRAINT "event_facilitators_membership_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_facilitators" ADD CONSTRAINT "event_facilitators_skill_fk" FOREIGN KEY ("network_id","skill_id") REFERENCES "public"."skills"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_occurrences" ADD CONSTRAINT "event_occurrences_event_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_occurrence_fk" FOREIGN KEY ("network_id","occurrence_id") REFERENCES "public"."event_occurrences"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_membership_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_group_fk" FOREIGN KEY ("network_id","group_id") REFERENCES "public"."groups"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_venue_fk" FOREIGN KEY ("network_id","venue_id") REFERENCES "public"."venues"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_creator_fk" FOREIGN KEY ("network_id","created_by_account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_facilitators_account_idx" ON "event_facilitators" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "event_occurrences_starts_idx" ON "event_occurrences" USING btree ("network_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_one_live_idx" ON "event_registrations" USING btree ("occurrence_id","account_id") WHERE "event_registrations"."status" in ('registered', 'waitlisted', 'offered');--> statement-breakpoint
CREATE INDEX "event_registrations_occurrence_idx" ON "event_registrations" USING btree ("occurrence_id","status","arrival");--> statement-breakpoint
CREATE INDEX "event_registrations_account_idx" ON "event_registrations" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "event_registrations_offers_idx" ON "event_registrations" USING btree ("offer_expires_at") WHERE "event_registrations"."status" = 'offered';--> statement-breakpoint
CREATE UNIQUE INDEX "events_link_token_idx" ON "events" USING btree ("link_token");--> statement-breakpoint
CREATE INDEX "events_group_idx" ON "events" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "events_venue_idx" ON "events" USING btree ("venue_id");--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_kind" CHECK ("notification_preferences"."kind" in ('match', 'answer', 'introduction', 'exchange', 'thanks', 'message', 'group', 'event'));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind" CHECK ("notifications"."kind" in ('match', 'answer', 'introduction', 'exchange', 'thanks', 'message', 'group', 'event'));--> statement-breakpoint
-- Capacity (decision 022): at the end of every transaction that gives a place (registered) or holds one for an
-- offer (offered), the occurrence's taken places do not exceed its event's capacity (SQLSTATE EV001). The trigger
-- first locks the occurrence row, the same lock the registering transaction takes, so two transactions can never
-- both count the last place free: the second one waits, then counts with a fresh snapshot that includes the first.
CREATE FUNCTION "event_registrations_within_capacity"() RETURNS trigger LANGUAGE plpgsql AS $$
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
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "event_registrations_within_capacity" AFTER INSERT OR UPDATE OF status ON "event_registrations"
	DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "event_registrations_within_capacity"();--> statement-breakpoint
-- Lowering an event's capacity under the places already taken in one of its occurrences is refused (EV001 too).
CREATE FUNCTION "events_capacity_not_below_taken"() RETURNS trigger LANGUAGE plpgsql AS $$
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
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "events_capacity_not_below_taken" AFTER UPDATE OF capacity ON "events"
	DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "events_capacity_not_below_taken"();
