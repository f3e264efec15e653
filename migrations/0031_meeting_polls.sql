CREATE TABLE "poll_answers" (
	"poll_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"answer" text NOT NULL,
	CONSTRAINT "poll_answers_pkey" PRIMARY KEY("participant_id","slot_id"),
	CONSTRAINT "poll_answers_answer" CHECK ("poll_answers"."answer" in ('yes', 'maybe', 'no'))
);
--> statement-breakpoint
CREATE TABLE "poll_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"poll_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "poll_comments_body_length" CHECK (char_length("poll_comments"."body") between 1 and 500)
);
--> statement-breakpoint
CREATE TABLE "poll_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"poll_id" uuid NOT NULL,
	"account_id" uuid,
	"guest_name" text,
	"guest_email" text,
	"guest_token_hash" text,
	"guest_locale" text,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "poll_participants_poll_id_id_key" UNIQUE("poll_id","id"),
	CONSTRAINT "poll_participants_member_key" UNIQUE("poll_id","account_id"),
	CONSTRAINT "poll_participants_guest_token_key" UNIQUE("guest_token_hash"),
	CONSTRAINT "poll_participants_who" CHECK (("poll_participants"."account_id" is not null and "poll_participants"."guest_name" is null and "poll_participants"."guest_token_hash" is null)
				or ("poll_participants"."account_id" is null and "poll_participants"."guest_name" is not null and "poll_participants"."guest_token_hash" is not null)),
	CONSTRAINT "poll_participants_guest_name_length" CHECK ("poll_participants"."guest_name" is null or char_length("poll_participants"."guest_name") between 1 and 80),
	CONSTRAINT "poll_participants_guest_email_length" CHECK ("poll_participants"."guest_email" is null or char_length("poll_participants"."guest_email") <= 254),
	CONSTRAINT "poll_participants_comment_length" CHECK (char_length("poll_participants"."comment") <= 500)
);
--> statement-breakpoint
CREATE TABLE "poll_reminders" (
	"poll_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "poll_reminders_pkey" PRIMARY KEY("poll_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "poll_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"poll_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"all_day" boolean DEFAULT false NOT NULL,
	CONSTRAINT "poll_slots_poll_id_id_key" UNIQUE("poll_id","id"),
	CONSTRAINT "poll_slots_same_key" UNIQUE("poll_id","starts_at","ends_at"),
	CONSTRAINT "poll_slots_order" CHECK ("poll_slots"."ends_at" > "poll_slots"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "polls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"group_id" uuid,
	"author_account_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"venue_id" uuid,
	"place" text DEFAULT '' NOT NULL,
	"online_url" text,
	"deadline" timestamp with time zone,
	"link_token" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"chosen_slot_id" uuid,
	"event_id" uuid,
	"reminded_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "polls_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "polls_link_token_key" UNIQUE("link_token"),
	CONSTRAINT "polls_event_id_key" UNIQUE("event_id"),
	CONSTRAINT "polls_title_length" CHECK (char_length("polls"."title") between 3 and 120),
	CONSTRAINT "polls_description_length" CHECK (char_length("polls"."description") <= 2000),
	CONSTRAINT "polls_place_length" CHECK (char_length("polls"."place") <= 200),
	CONSTRAINT "polls_online_url" CHECK ("polls"."online_url" is null or (char_length("polls"."online_url") <= 500 and "polls"."online_url" ~ '^https?://')),
	CONSTRAINT "polls_status" CHECK ("polls"."status" in ('open', 'closed')),
	CONSTRAINT "polls_chosen_closed" CHECK ("polls"."chosen_slot_id" is null or "polls"."status" = 'closed'),
	CONSTRAINT "polls_event_chosen" CHECK ("polls"."event_id" is null or "polls"."chosen_slot_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "poll_answers" ADD CONSTRAINT "poll_answers_participant_fk" FOREIGN KEY ("poll_id","participant_id") REFERENCES "public"."poll_participants"("poll_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_answers" ADD CONSTRAINT "poll_answers_slot_fk" FOREIGN KEY ("poll_id","slot_id") REFERENCES "public"."poll_slots"("poll_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_comments" ADD CONSTRAINT "poll_comments_poll_fk" FOREIGN KEY ("network_id","poll_id") REFERENCES "public"."polls"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_comments" ADD CONSTRAINT "poll_comments_member_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_participants" ADD CONSTRAINT "poll_participants_poll_fk" FOREIGN KEY ("network_id","poll_id") REFERENCES "public"."polls"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_participants" ADD CONSTRAINT "poll_participants_member_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_reminders" ADD CONSTRAINT "poll_reminders_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_slots" ADD CONSTRAINT "poll_slots_poll_fk" FOREIGN KEY ("network_id","poll_id") REFERENCES "public"."polls"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_author_membership_fk" FOREIGN KEY ("network_id","author_account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_group_fk" FOREIGN KEY ("network_id","group_id") REFERENCES "public"."groups"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_venue_fk" FOREIGN KEY ("network_id","venue_id") REFERENCES "public"."venues"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "poll_answers_slot_idx" ON "poll_answers" USING btree ("slot_id");--> statement-breakpoint
CREATE INDEX "poll_comments_poll_idx" ON "poll_comments" USING btree ("poll_id","created_at");--> statement-breakpoint
CREATE INDEX "polls_open_idx" ON "polls" USING btree ("network_id","created_at") WHERE "polls"."status" = 'open';--> statement-breakpoint
CREATE INDEX "polls_deadline_idx" ON "polls" USING btree ("deadline") WHERE "polls"."status" = 'open' and "polls"."deadline" is not null;