CREATE TABLE "event_guests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"occurrence_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"locale" text DEFAULT 'fr' NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"link_sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_guests_place_key" UNIQUE("network_id","occurrence_id","id"),
	CONSTRAINT "event_guests_name" CHECK (length(btrim("event_guests"."name")) between 1 and 80),
	CONSTRAINT "event_guests_email" CHECK ("event_guests"."email" ~ '^[^@[:space:]]+@[^@[:space:]]+$' and length("event_guests"."email") <= 254),
	CONSTRAINT "event_guests_locale" CHECK ("event_guests"."locale" in ('fr', 'en'))
);
--> statement-breakpoint
ALTER TABLE "event_registrations" ALTER COLUMN "account_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD COLUMN "guest_id" uuid;--> statement-breakpoint
ALTER TABLE "event_guests" ADD CONSTRAINT "event_guests_occurrence_fk" FOREIGN KEY ("network_id","occurrence_id") REFERENCES "public"."event_occurrences"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "event_guests_token_idx" ON "event_guests" USING btree ("token");--> statement-breakpoint
CREATE UNIQUE INDEX "event_guests_email_idx" ON "event_guests" USING btree ("occurrence_id",lower("email"));--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_guest_fk" FOREIGN KEY ("network_id","occurrence_id","guest_id") REFERENCES "public"."event_guests"("network_id","occurrence_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_one_live_guest_idx" ON "event_registrations" USING btree ("occurrence_id","guest_id") WHERE "event_registrations"."status" in ('registered', 'waitlisted', 'offered');--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_person" CHECK (num_nonnulls("event_registrations"."account_id", "event_registrations"."guest_id") = 1);--> statement-breakpoint
-- Only « anyone with the link » events take guests (decision 024): a guest for another event is refused (EV002).
CREATE FUNCTION "event_guests_link_events_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NOT EXISTS (
		SELECT 1 FROM event_occurrences o JOIN events e ON e.id = o.event_id
		WHERE o.id = NEW.occurrence_id AND e.audience = 'link'
	) THEN
		RAISE EXCEPTION 'occurrence % is not open to guests', NEW.occurrence_id USING ERRCODE = 'EV002';
	END IF;
	RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "event_guests_link_events_only" BEFORE INSERT ON "event_guests"
	FOR EACH ROW EXECUTE FUNCTION "event_guests_link_events_only"();
