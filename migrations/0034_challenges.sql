CREATE TABLE "challenge_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"challenge_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date,
	"taken_by_account_id" uuid,
	"taken_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"done_by_account_id" uuid,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenge_tasks_title_length" CHECK (char_length("challenge_tasks"."title") between 1 and 120),
	CONSTRAINT "challenge_tasks_taken" CHECK ("challenge_tasks"."taken_by_account_id" is null or "challenge_tasks"."taken_at" is not null),
	CONSTRAINT "challenge_tasks_done" CHECK ("challenge_tasks"."done_at" is null or "challenge_tasks"."taken_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"title" text NOT NULL,
	"why" text DEFAULT '' NOT NULL,
	"target_on" date NOT NULL,
	"author_account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenges_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "challenges_title_length" CHECK (char_length("challenges"."title") between 3 and 120),
	CONSTRAINT "challenges_why_length" CHECK (char_length("challenges"."why") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "group_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"body" text NOT NULL,
	"decided_on" date NOT NULL,
	"occurrence_id" uuid,
	"author_account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_decisions_body_length" CHECK (char_length("group_decisions"."body") between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE "meeting_notes" (
	"occurrence_id" uuid PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"body" text NOT NULL,
	"updated_by_account_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_notes_body_length" CHECK (char_length("meeting_notes"."body") between 1 and 10000)
);
--> statement-breakpoint
ALTER TABLE "challenge_tasks" ADD CONSTRAINT "challenge_tasks_taken_by_account_id_accounts_id_fk" FOREIGN KEY ("taken_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_tasks" ADD CONSTRAINT "challenge_tasks_challenge_fk" FOREIGN KEY ("network_id","challenge_id") REFERENCES "public"."challenges"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_group_fk" FOREIGN KEY ("network_id","group_id") REFERENCES "public"."groups"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_author_fk" FOREIGN KEY ("network_id","author_account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_decisions" ADD CONSTRAINT "group_decisions_group_fk" FOREIGN KEY ("network_id","group_id") REFERENCES "public"."groups"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_decisions" ADD CONSTRAINT "group_decisions_occurrence_fk" FOREIGN KEY ("network_id","occurrence_id") REFERENCES "public"."event_occurrences"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_decisions" ADD CONSTRAINT "group_decisions_author_fk" FOREIGN KEY ("network_id","author_account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_notes" ADD CONSTRAINT "meeting_notes_occurrence_fk" FOREIGN KEY ("network_id","occurrence_id") REFERENCES "public"."event_occurrences"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_notes" ADD CONSTRAINT "meeting_notes_author_fk" FOREIGN KEY ("network_id","updated_by_account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "challenge_tasks_challenge_idx" ON "challenge_tasks" USING btree ("challenge_id");--> statement-breakpoint
CREATE INDEX "challenge_tasks_taker_idx" ON "challenge_tasks" USING btree ("taken_by_account_id","due_on");--> statement-breakpoint
CREATE INDEX "challenges_group_idx" ON "challenges" USING btree ("group_id","target_on");--> statement-breakpoint
CREATE INDEX "group_decisions_group_idx" ON "group_decisions" USING btree ("group_id","decided_on");