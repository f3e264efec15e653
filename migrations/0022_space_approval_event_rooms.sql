CREATE TABLE "space_event_rooms" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "space_bookings" DROP CONSTRAINT "space_bookings_status";--> statement-breakpoint
ALTER TABLE "space_bookings" ADD COLUMN "occurrence_id" uuid;--> statement-breakpoint
ALTER TABLE "space_bookings" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "space_bookings" ADD COLUMN "decided_by_account_id" uuid;--> statement-breakpoint
ALTER TABLE "space_bookings" ADD COLUMN "reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "space_resources" ADD COLUMN "requires_approval" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "space_event_rooms" ADD CONSTRAINT "space_event_rooms_event_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_event_rooms" ADD CONSTRAINT "space_event_rooms_resource_fk" FOREIGN KEY ("network_id","resource_id") REFERENCES "public"."space_resources"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "space_event_rooms_resource_idx" ON "space_event_rooms" USING btree ("resource_id");--> statement-breakpoint
ALTER TABLE "space_bookings" ADD CONSTRAINT "space_bookings_decided_by_account_id_accounts_id_fk" FOREIGN KEY ("decided_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_bookings" ADD CONSTRAINT "space_bookings_occurrence_fk" FOREIGN KEY ("network_id","occurrence_id") REFERENCES "public"."event_occurrences"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "space_bookings_occurrence_idx" ON "space_bookings" USING btree ("occurrence_id") WHERE "space_bookings"."status" in ('requested', 'confirmed');--> statement-breakpoint
CREATE INDEX "space_bookings_requested_idx" ON "space_bookings" USING btree ("network_id","starts_at") WHERE "space_bookings"."status" = 'requested';--> statement-breakpoint
ALTER TABLE "space_bookings" ADD CONSTRAINT "space_bookings_reason_length" CHECK (char_length("space_bookings"."reason") <= 200);--> statement-breakpoint
ALTER TABLE "space_bookings" ADD CONSTRAINT "space_bookings_status" CHECK ("space_bookings"."status" in ('requested', 'confirmed', 'cancelled', 'refused', 'lapsed'));--> statement-breakpoint
-- Written by hand (Drizzle cannot declare it): a request awaiting a coordinator holds its slot like a confirmed
-- booking (decision 029, « Coordinator approval »).
ALTER TABLE "space_bookings" DROP CONSTRAINT "space_bookings_no_overlap";--> statement-breakpoint
ALTER TABLE "space_bookings" ADD CONSTRAINT "space_bookings_no_overlap" EXCLUDE USING gist ("resource_id" WITH =, tstzrange("starts_at", "blocked_until", '[)') WITH &&) WHERE ("status" in ('requested', 'confirmed'));
