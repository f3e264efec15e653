CREATE TABLE "tip_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"tip_id" uuid NOT NULL,
	"reporter_account_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by_account_id" uuid,
	CONSTRAINT "tip_reports_reason_length" CHECK (char_length("tip_reports"."reason") between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE "tip_useful" (
	"network_id" uuid NOT NULL,
	"tip_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tip_useful_pkey" PRIMARY KEY("tip_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "tips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"author_account_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"theme" text NOT NULL,
	"link" text,
	"place" text DEFAULT '' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"is_public" boolean DEFAULT false NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"hidden_at" timestamp with time zone,
	"hidden_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_account_id" uuid,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('french_unaccent', "tips"."title"), 'A') || setweight(to_tsvector('french_unaccent', "tips"."body"), 'B')) STORED NOT NULL,
	CONSTRAINT "tips_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "tips_title_length" CHECK (char_length("tips"."title") between 3 and 120),
	CONSTRAINT "tips_body_length" CHECK (char_length("tips"."body") <= 2000),
	CONSTRAINT "tips_place_length" CHECK (char_length("tips"."place") <= 120),
	CONSTRAINT "tips_theme" CHECK ("tips"."theme" in ('employment', 'training', 'benefits', 'free_outings', 'food', 'housing', 'digital', 'children', 'other')),
	CONSTRAINT "tips_link" CHECK ("tips"."link" is null or (char_length("tips"."link") <= 500 and "tips"."link" ~ '^https?://')),
	CONSTRAINT "tips_dates_order" CHECK ("tips"."starts_on" is null or "tips"."ends_on" is null or "tips"."ends_on" >= "tips"."starts_on")
);
--> statement-breakpoint
ALTER TABLE "tip_reports" ADD CONSTRAINT "tip_reports_handled_by_account_id_accounts_id_fk" FOREIGN KEY ("handled_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_reports" ADD CONSTRAINT "tip_reports_tip_fk" FOREIGN KEY ("network_id","tip_id") REFERENCES "public"."tips"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_reports" ADD CONSTRAINT "tip_reports_reporter_fk" FOREIGN KEY ("network_id","reporter_account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_useful" ADD CONSTRAINT "tip_useful_tip_fk" FOREIGN KEY ("network_id","tip_id") REFERENCES "public"."tips"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_useful" ADD CONSTRAINT "tip_useful_member_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_hidden_by_account_id_accounts_id_fk" FOREIGN KEY ("hidden_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_updated_by_account_id_accounts_id_fk" FOREIGN KEY ("updated_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_author_membership_fk" FOREIGN KEY ("network_id","author_account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tip_reports_one_open_idx" ON "tip_reports" USING btree ("tip_id","reporter_account_id") WHERE "tip_reports"."handled_at" is null;--> statement-breakpoint
CREATE INDEX "tip_reports_open_idx" ON "tip_reports" USING btree ("network_id","created_at") WHERE "tip_reports"."handled_at" is null;--> statement-breakpoint
CREATE INDEX "tips_live_latest_idx" ON "tips" USING btree ("network_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST,"expires_at","theme") WHERE "tips"."hidden_at" is null;--> statement-breakpoint
CREATE INDEX "tips_search_idx" ON "tips" USING gin ("search") WHERE "tips"."hidden_at" is null;--> statement-breakpoint
CREATE INDEX "tips_author_idx" ON "tips" USING btree ("network_id","author_account_id");