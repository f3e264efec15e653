CREATE TABLE "partner_agreement_files" (
	"agreement_id" uuid PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_account_id" uuid,
	CONSTRAINT "partner_agreement_files_name_length" CHECK (char_length("partner_agreement_files"."file_name") between 1 and 200),
	CONSTRAINT "partner_agreement_files_size" CHECK (octet_length("partner_agreement_files"."bytes") between 5 and 5000000),
	CONSTRAINT "partner_agreement_files_pdf" CHECK (substring("partner_agreement_files"."bytes" from 1 for 5) = '\x255044462d'::bytea)
);
--> statement-breakpoint
CREATE TABLE "partner_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"reminded_at" timestamp with time zone,
	"created_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_agreements_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "partner_agreements_title_length" CHECK (char_length("partner_agreements"."title") between 1 and 150),
	CONSTRAINT "partner_agreements_dates" CHECK ("partner_agreements"."ends_on" > "partner_agreements"."starts_on"),
	CONSTRAINT "partner_agreements_status" CHECK ("partner_agreements"."status" in ('draft', 'signed', 'ended'))
);
--> statement-breakpoint
CREATE TABLE "partner_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_contacts_name_length" CHECK (char_length("partner_contacts"."name") between 1 and 100),
	CONSTRAINT "partner_contacts_role_length" CHECK (char_length("partner_contacts"."role") <= 100),
	CONSTRAINT "partner_contacts_email_length" CHECK (char_length("partner_contacts"."email") <= 254),
	CONSTRAINT "partner_contacts_phone_length" CHECK (char_length("partner_contacts"."phone") <= 30)
);
--> statement-breakpoint
CREATE TABLE "partner_referral_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"status" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by_account_id" uuid,
	CONSTRAINT "partner_referral_steps_once" UNIQUE("referral_id","status"),
	CONSTRAINT "partner_referral_steps_status" CHECK ("partner_referral_steps"."status" in ('proposed', 'contacted', 'supported', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "partner_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"need" text NOT NULL,
	"post_id" uuid,
	"status" text DEFAULT 'proposed' NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"created_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_referrals_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "partner_referrals_need_length" CHECK (char_length("partner_referrals"."need") between 1 and 1000),
	CONSTRAINT "partner_referrals_status" CHECK ("partner_referrals"."status" in ('proposed', 'contacted', 'supported', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "partner_skills" (
	"partner_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	CONSTRAINT "partner_skills_partner_id_skill_id_pk" PRIMARY KEY("partner_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "partner_themes" (
	"partner_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "partner_themes_partner_id_theme_id_pk" PRIMARY KEY("partner_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_key" text GENERATED ALWAYS AS (name_key("partners"."name")) STORED NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"website" text DEFAULT '' NOT NULL,
	"offers" text[] DEFAULT '{}'::text[] NOT NULL,
	"archived_at" timestamp with time zone,
	"created_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partners_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "partners_name_length" CHECK (char_length("partners"."name") between 1 and 120),
	CONSTRAINT "partners_kind" CHECK ("partners"."kind" in ('support', 'trainer', 'university', 'company', 'association', 'creche', 'local_authority', 'other')),
	CONSTRAINT "partners_description_length" CHECK (char_length("partners"."description") <= 2000),
	CONSTRAINT "partners_address_length" CHECK (char_length("partners"."address") <= 300),
	CONSTRAINT "partners_website_length" CHECK (char_length("partners"."website") <= 300),
	CONSTRAINT "partners_website_http" CHECK ("partners"."website" = '' or "partners"."website" ~* '^https?://[^[:space:]<>"]+$'),
	CONSTRAINT "partners_offers" CHECK ("partners"."offers" <@ array['venues', 'trainings', 'mentors', 'childcare_places', 'job_leads']::text[])
);
--> statement-breakpoint
ALTER TABLE "venues" ADD COLUMN "partner_id" uuid;--> statement-breakpoint
ALTER TABLE "partner_agreement_files" ADD CONSTRAINT "partner_agreement_files_updated_by_account_id_accounts_id_fk" FOREIGN KEY ("updated_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_agreement_files" ADD CONSTRAINT "partner_agreement_files_agreement_fk" FOREIGN KEY ("network_id","agreement_id") REFERENCES "public"."partner_agreements"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_agreements" ADD CONSTRAINT "partner_agreements_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_agreements" ADD CONSTRAINT "partner_agreements_partner_fk" FOREIGN KEY ("network_id","partner_id") REFERENCES "public"."partners"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_contacts" ADD CONSTRAINT "partner_contacts_partner_fk" FOREIGN KEY ("network_id","partner_id") REFERENCES "public"."partners"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_referral_steps" ADD CONSTRAINT "partner_referral_steps_by_account_id_accounts_id_fk" FOREIGN KEY ("by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_referral_steps" ADD CONSTRAINT "partner_referral_steps_referral_fk" FOREIGN KEY ("network_id","referral_id") REFERENCES "public"."partner_referrals"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_referrals" ADD CONSTRAINT "partner_referrals_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_referrals" ADD CONSTRAINT "partner_referrals_partner_fk" FOREIGN KEY ("network_id","partner_id") REFERENCES "public"."partners"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_referrals" ADD CONSTRAINT "partner_referrals_membership_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_referrals" ADD CONSTRAINT "partner_referrals_post_fk" FOREIGN KEY ("network_id","post_id") REFERENCES "public"."posts"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_skills" ADD CONSTRAINT "partner_skills_partner_fk" FOREIGN KEY ("network_id","partner_id") REFERENCES "public"."partners"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_skills" ADD CONSTRAINT "partner_skills_skill_fk" FOREIGN KEY ("network_id","skill_id") REFERENCES "public"."skills"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_themes" ADD CONSTRAINT "partner_themes_partner_fk" FOREIGN KEY ("network_id","partner_id") REFERENCES "public"."partners"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_themes" ADD CONSTRAINT "partner_themes_theme_fk" FOREIGN KEY ("network_id","theme_id") REFERENCES "public"."themes"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partner_agreements_partner_idx" ON "partner_agreements" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "partner_agreements_reminder_idx" ON "partner_agreements" USING btree ("ends_on") WHERE "partner_agreements"."reminded_at" is null;--> statement-breakpoint
CREATE INDEX "partner_contacts_partner_idx" ON "partner_contacts" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "partner_referrals_partner_idx" ON "partner_referrals" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "partner_referrals_account_idx" ON "partner_referrals" USING btree ("account_id","network_id");--> statement-breakpoint
CREATE INDEX "partner_skills_skill_idx" ON "partner_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "partner_themes_theme_idx" ON "partner_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partners_live_name_idx" ON "partners" USING btree ("network_id","name_key") WHERE "partners"."archived_at" is null;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_partner_fk" FOREIGN KEY ("network_id","partner_id") REFERENCES "public"."partners"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "venues_partner_idx" ON "venues" USING btree ("partner_id");