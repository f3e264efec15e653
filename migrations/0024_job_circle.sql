CREATE TABLE "job_checkins" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "job_checkins_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"network_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"week" date NOT NULL,
	"done" text DEFAULT '' NOT NULL,
	"need" text DEFAULT '' NOT NULL,
	"interview_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_checkins_one_a_week" UNIQUE("network_id","account_id","week"),
	CONSTRAINT "job_checkins_done_length" CHECK (char_length("job_checkins"."done") <= 500),
	CONSTRAINT "job_checkins_need_length" CHECK (char_length("job_checkins"."need") <= 500),
	CONSTRAINT "job_checkins_monday" CHECK (extract(isodow from "job_checkins"."week") = 1),
	CONSTRAINT "job_checkins_not_empty" CHECK (char_length("job_checkins"."done") > 0 or char_length("job_checkins"."need") > 0 or "job_checkins"."interview_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "job_circles" (
	"network_id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_circles_group_key" UNIQUE("group_id")
);
--> statement-breakpoint
CREATE TABLE "job_cvs" (
	"post_id" uuid PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_cvs_file_name_length" CHECK (char_length("job_cvs"."file_name") between 1 and 200),
	CONSTRAINT "job_cvs_size" CHECK (octet_length("job_cvs"."bytes") between 5 and 5000000),
	CONSTRAINT "job_cvs_pdf" CHECK (substring("job_cvs"."bytes" from 1 for 5) = '\x255044462d'::bytea)
);
--> statement-breakpoint
CREATE TABLE "job_lead_marks" (
	"lead_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"mark" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_lead_marks_lead_id_account_id_mark_pk" PRIMARY KEY("lead_id","account_id","mark"),
	CONSTRAINT "job_lead_marks_mark" CHECK ("job_lead_marks"."mark" in ('applied', 'interested'))
);
--> statement-breakpoint
CREATE TABLE "job_leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"author_account_id" uuid NOT NULL,
	"title" text NOT NULL,
	"employer" text DEFAULT '' NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"contract" text NOT NULL,
	"url" text DEFAULT '' NOT NULL,
	"closes_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_leads_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "job_leads_title_length" CHECK (char_length("job_leads"."title") between 1 and 120),
	CONSTRAINT "job_leads_employer_length" CHECK (char_length("job_leads"."employer") <= 120),
	CONSTRAINT "job_leads_place_length" CHECK (char_length("job_leads"."place") <= 120),
	CONSTRAINT "job_leads_contract" CHECK ("job_leads"."contract" in ('cdi', 'cdd', 'interim', 'alternance', 'stage', 'other')),
	CONSTRAINT "job_leads_url" CHECK ("job_leads"."url" = '' or ("job_leads"."url" ~* '^https?://[^\s]+$' and char_length("job_leads"."url") <= 500))
);
--> statement-breakpoint
CREATE TABLE "job_seekers" (
	"network_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"seeking_since" timestamp with time zone,
	"found_at" timestamp with time zone,
	"celebrate" boolean DEFAULT false NOT NULL,
	"reminded_at" timestamp with time zone,
	CONSTRAINT "job_seekers_network_id_account_id_pk" PRIMARY KEY("network_id","account_id"),
	CONSTRAINT "job_seekers_celebrate_found" CHECK (not "job_seekers"."celebrate" or "job_seekers"."found_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "job_checkins" ADD CONSTRAINT "job_checkins_membership_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_circles" ADD CONSTRAINT "job_circles_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_circles" ADD CONSTRAINT "job_circles_group_fk" FOREIGN KEY ("network_id","group_id") REFERENCES "public"."groups"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_cvs" ADD CONSTRAINT "job_cvs_post_fk" FOREIGN KEY ("network_id","post_id") REFERENCES "public"."posts"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_lead_marks" ADD CONSTRAINT "job_lead_marks_lead_fk" FOREIGN KEY ("network_id","lead_id") REFERENCES "public"."job_leads"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_lead_marks" ADD CONSTRAINT "job_lead_marks_membership_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_leads" ADD CONSTRAINT "job_leads_author_fk" FOREIGN KEY ("network_id","author_account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_seekers" ADD CONSTRAINT "job_seekers_membership_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_checkins_week_idx" ON "job_checkins" USING btree ("network_id","week" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "job_leads_closing_idx" ON "job_leads" USING btree ("network_id","closes_on");