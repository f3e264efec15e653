CREATE TABLE "mentor_skills" (
	"mentor_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	CONSTRAINT "mentor_skills_mentor_id_skill_id_pk" PRIMARY KEY("mentor_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "mentoring_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"mentoring_id" uuid NOT NULL,
	"author_account_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_messages_body_length" CHECK (char_length("mentoring_messages"."body") between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "mentoring_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"member_account_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"goal" text NOT NULL,
	"format" text NOT NULL,
	"months" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "mentoring_requests_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "mentoring_requests_status" CHECK ("mentoring_requests"."status" in ('open', 'paired', 'closed')),
	CONSTRAINT "mentoring_requests_format" CHECK ("mentoring_requests"."format" in ('on_site', 'video', 'both')),
	CONSTRAINT "mentoring_requests_months" CHECK ("mentoring_requests"."months" between 1 and 12),
	CONSTRAINT "mentoring_requests_goal_length" CHECK (char_length("mentoring_requests"."goal") between 1 and 500)
);
--> statement-breakpoint
CREATE TABLE "mentoring_reviews" (
	"network_id" uuid NOT NULL,
	"mentoring_id" uuid NOT NULL,
	"side" text NOT NULL,
	"helped" integer NOT NULL,
	"sentence" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_reviews_mentoring_id_side_pk" PRIMARY KEY("mentoring_id","side"),
	CONSTRAINT "mentoring_reviews_side" CHECK ("mentoring_reviews"."side" in ('mentor', 'member')),
	CONSTRAINT "mentoring_reviews_helped" CHECK ("mentoring_reviews"."helped" between 1 and 4),
	CONSTRAINT "mentoring_reviews_sentence_length" CHECK (char_length("mentoring_reviews"."sentence") between 1 and 300)
);
--> statement-breakpoint
CREATE TABLE "mentoring_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"mentoring_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"logged_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_sessions_minutes" CHECK ("mentoring_sessions"."minutes" between 5 and 480),
	CONSTRAINT "mentoring_sessions_note_length" CHECK (char_length("mentoring_sessions"."note") <= 500)
);
--> statement-breakpoint
CREATE TABLE "mentorings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"mentor_accepted_at" timestamp with time zone,
	"member_accepted_at" timestamp with time zone,
	"declined_by" text,
	"decline_reason" text DEFAULT '' NOT NULL,
	"proposed_by_account_id" uuid,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	CONSTRAINT "mentorings_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "mentorings_status" CHECK ("mentorings"."status" in ('proposed', 'active', 'declined', 'ended')),
	CONSTRAINT "mentorings_declined" CHECK (("mentorings"."status" = 'declined') = ("mentorings"."declined_by" is not null) and ("mentorings"."declined_by" is null or "mentorings"."declined_by" in ('mentor', 'member'))),
	CONSTRAINT "mentorings_active" CHECK ("mentorings"."status" not in ('active', 'ended') or "mentorings"."started_at" is not null),
	CONSTRAINT "mentorings_decline_reason_length" CHECK (char_length("mentorings"."decline_reason") <= 300)
);
--> statement-breakpoint
CREATE TABLE "mentors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"account_id" uuid,
	"partner_id" uuid,
	"name" text NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"token_hash" text,
	"invitation_expires_at" timestamp with time zone,
	"hours_per_month" integer,
	"format" text,
	"presentation" text DEFAULT '' NOT NULL,
	"invited_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"left_at" timestamp with time zone,
	CONSTRAINT "mentors_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "mentors_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "mentors_status" CHECK ("mentors"."status" in ('invited', 'active', 'paused', 'left')),
	CONSTRAINT "mentors_account" CHECK ("mentors"."status" in ('invited', 'left') or "mentors"."account_id" is not null),
	CONSTRAINT "mentors_format" CHECK ("mentors"."format" is null or "mentors"."format" in ('on_site', 'video', 'both')),
	CONSTRAINT "mentors_hours" CHECK ("mentors"."hours_per_month" is null or "mentors"."hours_per_month" between 1 and 40),
	CONSTRAINT "mentors_name_length" CHECK (char_length("mentors"."name") between 1 and 80),
	CONSTRAINT "mentors_email_length" CHECK (char_length("mentors"."email") <= 254),
	CONSTRAINT "mentors_presentation_length" CHECK (char_length("mentors"."presentation") <= 1000)
);
--> statement-breakpoint
ALTER TABLE "mentor_skills" ADD CONSTRAINT "mentor_skills_mentor_fk" FOREIGN KEY ("network_id","mentor_id") REFERENCES "public"."mentors"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_skills" ADD CONSTRAINT "mentor_skills_skill_fk" FOREIGN KEY ("network_id","skill_id") REFERENCES "public"."skills"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_messages" ADD CONSTRAINT "mentoring_messages_author_account_id_accounts_id_fk" FOREIGN KEY ("author_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_messages" ADD CONSTRAINT "mentoring_messages_mentoring_fk" FOREIGN KEY ("network_id","mentoring_id") REFERENCES "public"."mentorings"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_requests" ADD CONSTRAINT "mentoring_requests_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_requests" ADD CONSTRAINT "mentoring_requests_member_fk" FOREIGN KEY ("network_id","member_account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_requests" ADD CONSTRAINT "mentoring_requests_skill_fk" FOREIGN KEY ("network_id","skill_id") REFERENCES "public"."skills"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_reviews" ADD CONSTRAINT "mentoring_reviews_mentoring_fk" FOREIGN KEY ("network_id","mentoring_id") REFERENCES "public"."mentorings"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_sessions" ADD CONSTRAINT "mentoring_sessions_logged_by_account_id_accounts_id_fk" FOREIGN KEY ("logged_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_sessions" ADD CONSTRAINT "mentoring_sessions_mentoring_fk" FOREIGN KEY ("network_id","mentoring_id") REFERENCES "public"."mentorings"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorings" ADD CONSTRAINT "mentorings_proposed_by_account_id_accounts_id_fk" FOREIGN KEY ("proposed_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorings" ADD CONSTRAINT "mentorings_request_fk" FOREIGN KEY ("network_id","request_id") REFERENCES "public"."mentoring_requests"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorings" ADD CONSTRAINT "mentorings_mentor_fk" FOREIGN KEY ("network_id","mentor_id") REFERENCES "public"."mentors"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentors" ADD CONSTRAINT "mentors_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentors" ADD CONSTRAINT "mentors_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentors" ADD CONSTRAINT "mentors_invited_by_account_id_accounts_id_fk" FOREIGN KEY ("invited_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentors" ADD CONSTRAINT "mentors_partner_fk" FOREIGN KEY ("network_id","partner_id") REFERENCES "public"."partners"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mentor_skills_skill_idx" ON "mentor_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "mentoring_messages_thread_idx" ON "mentoring_messages" USING btree ("mentoring_id","created_at");--> statement-breakpoint
CREATE INDEX "mentoring_requests_open_idx" ON "mentoring_requests" USING btree ("network_id","created_at") WHERE "mentoring_requests"."status" = 'open';--> statement-breakpoint
CREATE INDEX "mentoring_requests_member_idx" ON "mentoring_requests" USING btree ("member_account_id");--> statement-breakpoint
CREATE INDEX "mentoring_requests_skill_idx" ON "mentoring_requests" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "mentoring_sessions_mentoring_idx" ON "mentoring_sessions" USING btree ("mentoring_id","held_on");--> statement-breakpoint
CREATE INDEX "mentoring_sessions_network_idx" ON "mentoring_sessions" USING btree ("network_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "mentorings_live_request_idx" ON "mentorings" USING btree ("request_id") WHERE "mentorings"."status" in ('proposed', 'active');--> statement-breakpoint
CREATE INDEX "mentorings_mentor_idx" ON "mentorings" USING btree ("mentor_id");--> statement-breakpoint
CREATE INDEX "mentorings_network_idx" ON "mentorings" USING btree ("network_id","proposed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "mentors_live_account_idx" ON "mentors" USING btree ("network_id","account_id") WHERE "mentors"."status" <> 'left';--> statement-breakpoint
CREATE INDEX "mentors_account_idx" ON "mentors" USING btree ("account_id");