CREATE TABLE "space_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"booked_by_account_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'confirmed' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by_account_id" uuid,
	"no_show_at" timestamp with time zone,
	CONSTRAINT "space_bookings_status" CHECK ("space_bookings"."status" in ('confirmed', 'cancelled')),
	CONSTRAINT "space_bookings_dates" CHECK ("space_bookings"."ends_at" > "space_bookings"."starts_at"),
	CONSTRAINT "space_bookings_blocked" CHECK ("space_bookings"."blocked_until" >= "space_bookings"."ends_at"),
	CONSTRAINT "space_bookings_cancelled" CHECK (("space_bookings"."status" = 'cancelled') = ("space_bookings"."cancelled_at" is not null)),
	CONSTRAINT "space_bookings_no_show" CHECK ("space_bookings"."no_show_at" is null or "space_bookings"."status" = 'confirmed'),
	CONSTRAINT "space_bookings_purpose_length" CHECK (char_length("space_bookings"."purpose") <= 200)
);
--> statement-breakpoint
CREATE TABLE "space_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"venue_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "space_closures_order" CHECK ("space_closures"."ends_on" >= "space_closures"."starts_on"),
	CONSTRAINT "space_closures_reason_length" CHECK (char_length("space_closures"."reason") <= 200)
);
--> statement-breakpoint
CREATE TABLE "space_opening_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"venue_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"opens_at" time NOT NULL,
	"closes_at" time NOT NULL,
	CONSTRAINT "space_opening_hours_weekday" CHECK ("space_opening_hours"."weekday" between 1 and 7),
	CONSTRAINT "space_opening_hours_order" CHECK ("space_opening_hours"."closes_at" > "space_opening_hours"."opens_at")
);
--> statement-breakpoint
CREATE TABLE "space_resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"venue_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"name_key" text GENERATED ALWAYS AS (name_key("space_resources"."name")) STORED NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"condition" text DEFAULT '' NOT NULL,
	"theme_id" uuid,
	"audience" text DEFAULT 'members' NOT NULL,
	"group_id" uuid,
	"slot_minutes" integer DEFAULT 60 NOT NULL,
	"min_minutes" integer DEFAULT 60 NOT NULL,
	"max_minutes" integer DEFAULT 120 NOT NULL,
	"max_days_ahead" integer DEFAULT 14 NOT NULL,
	"max_future_bookings" integer DEFAULT 2 NOT NULL,
	"buffer_minutes" integer DEFAULT 0 NOT NULL,
	"loan_days" integer DEFAULT 14 NOT NULL,
	"max_renewals" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "space_resources_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "space_resources_kind" CHECK ("space_resources"."kind" in ('room', 'station', 'item')),
	CONSTRAINT "space_resources_audience" CHECK ("space_resources"."audience" in ('members', 'group', 'coordinators')),
	CONSTRAINT "space_resources_group_audience" CHECK (("space_resources"."audience" = 'group') = ("space_resources"."group_id" is not null)),
	CONSTRAINT "space_resources_name_length" CHECK (char_length("space_resources"."name") between 1 and 100),
	CONSTRAINT "space_resources_description_length" CHECK (char_length("space_resources"."description") <= 2000),
	CONSTRAINT "space_resources_category_length" CHECK (char_length("space_resources"."category") <= 60),
	CONSTRAINT "space_resources_condition_length" CHECK (char_length("space_resources"."condition") <= 200),
	CONSTRAINT "space_resources_slot_minutes" CHECK ("space_resources"."slot_minutes" between 15 and 240),
	CONSTRAINT "space_resources_min_minutes" CHECK ("space_resources"."min_minutes" between 15 and 720),
	CONSTRAINT "space_resources_max_minutes" CHECK ("space_resources"."max_minutes" between 15 and 720),
	CONSTRAINT "space_resources_min_not_above_max" CHECK ("space_resources"."min_minutes" <= "space_resources"."max_minutes"),
	CONSTRAINT "space_resources_days_ahead" CHECK ("space_resources"."max_days_ahead" between 1 and 365),
	CONSTRAINT "space_resources_future_bookings" CHECK ("space_resources"."max_future_bookings" between 1 and 50),
	CONSTRAINT "space_resources_buffer_minutes" CHECK ("space_resources"."buffer_minutes" between 0 and 120),
	CONSTRAINT "space_resources_loan_days" CHECK ("space_resources"."loan_days" between 1 and 365),
	CONSTRAINT "space_resources_renewals" CHECK ("space_resources"."max_renewals" between 0 and 10)
);
--> statement-breakpoint
ALTER TABLE "space_bookings" ADD CONSTRAINT "space_bookings_booked_by_account_id_accounts_id_fk" FOREIGN KEY ("booked_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_bookings" ADD CONSTRAINT "space_bookings_cancelled_by_account_id_accounts_id_fk" FOREIGN KEY ("cancelled_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_bookings" ADD CONSTRAINT "space_bookings_resource_fk" FOREIGN KEY ("network_id","resource_id") REFERENCES "public"."space_resources"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_bookings" ADD CONSTRAINT "space_bookings_member_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_closures" ADD CONSTRAINT "space_closures_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_closures" ADD CONSTRAINT "space_closures_venue_fk" FOREIGN KEY ("network_id","venue_id") REFERENCES "public"."venues"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_opening_hours" ADD CONSTRAINT "space_opening_hours_venue_fk" FOREIGN KEY ("network_id","venue_id") REFERENCES "public"."venues"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_resources" ADD CONSTRAINT "space_resources_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_resources" ADD CONSTRAINT "space_resources_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_resources" ADD CONSTRAINT "space_resources_venue_fk" FOREIGN KEY ("network_id","venue_id") REFERENCES "public"."venues"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_resources" ADD CONSTRAINT "space_resources_theme_fk" FOREIGN KEY ("network_id","theme_id") REFERENCES "public"."themes"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_resources" ADD CONSTRAINT "space_resources_group_fk" FOREIGN KEY ("network_id","group_id") REFERENCES "public"."groups"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "space_bookings_account_idx" ON "space_bookings" USING btree ("account_id","starts_at");--> statement-breakpoint
CREATE INDEX "space_bookings_network_day_idx" ON "space_bookings" USING btree ("network_id","starts_at");--> statement-breakpoint
CREATE INDEX "space_closures_venue_idx" ON "space_closures" USING btree ("venue_id","ends_on");--> statement-breakpoint
CREATE INDEX "space_opening_hours_venue_idx" ON "space_opening_hours" USING btree ("venue_id","weekday");--> statement-breakpoint
CREATE UNIQUE INDEX "space_resources_live_name_idx" ON "space_resources" USING btree ("venue_id","name_key") WHERE "space_resources"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "space_resources_venue_idx" ON "space_resources" USING btree ("venue_id");--> statement-breakpoint
-- Hand-written (Drizzle cannot declare it; schema/space.ts lists it in exclusionConstraints): two confirmed
-- bookings of one resource never overlap, the buffer after each included; touching ranges are allowed.
ALTER TABLE "space_bookings" ADD CONSTRAINT "space_bookings_no_overlap" EXCLUDE USING gist ("resource_id" WITH =, tstzrange("starts_at", "blocked_until", '[)') WITH &&) WHERE ("status" = 'confirmed');
