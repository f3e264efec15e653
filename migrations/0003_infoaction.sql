CREATE TABLE "member_skills" (
	"network_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"level" text DEFAULT 'intermediate' NOT NULL,
	"formats" text[] DEFAULT array['one_to_one']::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_account_id" uuid,
	CONSTRAINT "member_skills_network_id_account_id_skill_id_direction_pk" PRIMARY KEY("network_id","account_id","skill_id","direction"),
	CONSTRAINT "member_skills_direction" CHECK ("member_skills"."direction" in ('share', 'learn')),
	CONSTRAINT "member_skills_level" CHECK ("member_skills"."level" in ('beginner', 'intermediate', 'advanced')),
	CONSTRAINT "member_skills_formats" CHECK (cardinality("member_skills"."formats") >= 1 and "member_skills"."formats" <@ array['one_to_one', 'small_group', 'remote']::text[])
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_key" text GENERATED ALWAYS AS (name_key("skills"."name")) STORED NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('french_unaccent', "skills"."name")) STORED NOT NULL,
	"created_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skills_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "skills_name_key" UNIQUE("network_id","name_key"),
	CONSTRAINT "skills_name_length" CHECK (char_length("skills"."name") between 1 and 60)
);
--> statement-breakpoint
CREATE TABLE "themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_key" text GENERATED ALWAYS AS (name_key("themes"."name")) STORED NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "themes_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "themes_name_key" UNIQUE("network_id","name_key"),
	CONSTRAINT "themes_name_length" CHECK (char_length("themes"."name") between 1 and 60)
);
--> statement-breakpoint
CREATE TABLE "profiles" (
	"network_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"neighbourhood" text DEFAULT '' NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"availability" text[] DEFAULT '{}'::text[] NOT NULL,
	"onboarding" text DEFAULT 'not_started' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_account_id" uuid,
	CONSTRAINT "profiles_network_id_account_id_pk" PRIMARY KEY("network_id","account_id"),
	CONSTRAINT "profiles_neighbourhood_length" CHECK (char_length("profiles"."neighbourhood") <= 80),
	CONSTRAINT "profiles_languages_count" CHECK (cardinality("profiles"."languages") <= 12),
	CONSTRAINT "profiles_availability" CHECK ("profiles"."availability" <@ array['mon_morning', 'mon_afternoon', 'mon_evening', 'tue_morning', 'tue_afternoon', 'tue_evening', 'wed_morning', 'wed_afternoon', 'wed_evening', 'thu_morning', 'thu_afternoon', 'thu_evening', 'fri_morning', 'fri_afternoon', 'fri_evening', 'sat_morning', 'sat_afternoon', 'sat_evening', 'sun_morning', 'sun_afternoon', 'sun_evening']::text[]),
	CONSTRAINT "profiles_onboarding" CHECK ("profiles"."onboarding" in ('not_started', 'skipped', 'done'))
);
--> statement-breakpoint
CREATE TABLE "post_skills" (
	"network_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	CONSTRAINT "post_skills_post_id_skill_id_pk" PRIMARY KEY("post_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"author_account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"theme_id" uuid NOT NULL,
	"format" text DEFAULT 'one_to_one' NOT NULL,
	"place_kind" text DEFAULT 'neighbourhood' NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"when_kind" text DEFAULT 'flexible' NOT NULL,
	"starts_at" timestamp with time zone,
	"when_note" text DEFAULT '' NOT NULL,
	"visibility" text DEFAULT 'members' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"expiry_notice_sent_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_account_id" uuid,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('french_unaccent', "posts"."title"), 'A') || setweight(to_tsvector('french_unaccent', "posts"."description"), 'B')) STORED NOT NULL,
	"title_key" text GENERATED ALWAYS AS (name_key("posts"."title")) STORED NOT NULL,
	CONSTRAINT "posts_kind" CHECK ("posts"."kind" in ('offer', 'request')),
	CONSTRAINT "posts_title_length" CHECK (char_length("posts"."title") between 3 and 120),
	CONSTRAINT "posts_description_length" CHECK (char_length("posts"."description") <= 4000),
	CONSTRAINT "posts_format" CHECK ("posts"."format" in ('one_to_one', 'small_group', 'remote')),
	CONSTRAINT "posts_place_kind" CHECK ("posts"."place_kind" in ('neighbourhood', 'venue', 'remote')),
	CONSTRAINT "posts_place_length" CHECK (char_length("posts"."place") <= 120),
	CONSTRAINT "posts_when_kind" CHECK ("posts"."when_kind" in ('once', 'recurring', 'flexible')),
	CONSTRAINT "posts_when_once" CHECK (("posts"."when_kind" = 'once') = ("posts"."starts_at" is not null)),
	CONSTRAINT "posts_when_note_length" CHECK (char_length("posts"."when_note") <= 120),
	CONSTRAINT "posts_visibility" CHECK ("posts"."visibility" in ('members', 'public')),
	CONSTRAINT "posts_status" CHECK ("posts"."status" in ('open', 'fulfilled', 'closed')),
	CONSTRAINT "posts_closed_at" CHECK (("posts"."status" = 'open') = ("posts"."closed_at" is null))
);
--> statement-breakpoint
ALTER TABLE "member_skills" ADD CONSTRAINT "member_skills_updated_by_account_id_accounts_id_fk" FOREIGN KEY ("updated_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_skills" ADD CONSTRAINT "member_skills_membership_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_skills" ADD CONSTRAINT "member_skills_skill_fk" FOREIGN KEY ("network_id","skill_id") REFERENCES "public"."skills"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_theme_fk" FOREIGN KEY ("network_id","theme_id") REFERENCES "public"."themes"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "themes" ADD CONSTRAINT "themes_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_updated_by_account_id_accounts_id_fk" FOREIGN KEY ("updated_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_membership_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_skills" ADD CONSTRAINT "post_skills_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_skills" ADD CONSTRAINT "post_skills_skill_fk" FOREIGN KEY ("network_id","skill_id") REFERENCES "public"."skills"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_updated_by_account_id_accounts_id_fk" FOREIGN KEY ("updated_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_author_membership_fk" FOREIGN KEY ("network_id","author_account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_theme_fk" FOREIGN KEY ("network_id","theme_id") REFERENCES "public"."themes"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_skills_skill_idx" ON "member_skills" USING btree ("skill_id","direction");--> statement-breakpoint
CREATE INDEX "skills_theme_idx" ON "skills" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "skills_name_trgm_idx" ON "skills" USING gin ("name_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "skills_search_idx" ON "skills" USING gin ("search");--> statement-breakpoint
CREATE INDEX "post_skills_skill_idx" ON "post_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "posts_latest_idx" ON "posts" USING btree ("network_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "posts_theme_idx" ON "posts" USING btree ("network_id","theme_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "posts_author_idx" ON "posts" USING btree ("author_account_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "posts_expiry_idx" ON "posts" USING btree ("expires_at") WHERE "posts"."status" = 'open' and "posts"."expiry_notice_sent_at" is null;--> statement-breakpoint
CREATE INDEX "posts_search_idx" ON "posts" USING gin ("search");--> statement-breakpoint
CREATE INDEX "posts_title_trgm_idx" ON "posts" USING gin ("title_key" gin_trgm_ops);