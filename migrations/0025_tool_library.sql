CREATE TABLE "library_condition_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"loan_id" uuid,
	"author_account_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "library_condition_notes_kind" CHECK ("library_condition_notes"."kind" in ('return', 'repair', 'repaired', 'note')),
	CONSTRAINT "library_condition_notes_note_length" CHECK (char_length("library_condition_notes"."note") <= 200)
);
--> statement-breakpoint
CREATE TABLE "library_holds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"arrival" bigserial NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"offered_at" timestamp with time zone,
	"offer_expires_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	CONSTRAINT "library_holds_status" CHECK ("library_holds"."status" in ('waiting', 'offered', 'fulfilled', 'cancelled', 'expired')),
	CONSTRAINT "library_holds_offer" CHECK (("library_holds"."status" = 'offered') = ("library_holds"."offer_expires_at" is not null)),
	CONSTRAINT "library_holds_ended" CHECK (("library_holds"."status" in ('waiting', 'offered')) = ("library_holds"."ended_at" is null))
);
--> statement-breakpoint
CREATE TABLE "library_loan_reminders" (
	"loan_id" uuid NOT NULL,
	"reminder" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_loans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"lent_by_account_id" uuid,
	"hold_id" uuid,
	"lent_at" timestamp with time zone NOT NULL,
	"due_on" date NOT NULL,
	"renewals" integer DEFAULT 0 NOT NULL,
	"returned_at" timestamp with time zone,
	"returned_to_account_id" uuid,
	CONSTRAINT "library_loans_renewals" CHECK ("library_loans"."renewals" >= 0)
);
--> statement-breakpoint
CREATE TABLE "library_repairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "library_condition_notes" ADD CONSTRAINT "library_condition_notes_loan_id_library_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."library_loans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_condition_notes" ADD CONSTRAINT "library_condition_notes_author_account_id_accounts_id_fk" FOREIGN KEY ("author_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_condition_notes" ADD CONSTRAINT "library_condition_notes_resource_fk" FOREIGN KEY ("network_id","resource_id") REFERENCES "public"."space_resources"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_holds" ADD CONSTRAINT "library_holds_resource_fk" FOREIGN KEY ("network_id","resource_id") REFERENCES "public"."space_resources"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_holds" ADD CONSTRAINT "library_holds_member_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_loan_reminders" ADD CONSTRAINT "library_loan_reminders_loan_id_library_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."library_loans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_loans" ADD CONSTRAINT "library_loans_lent_by_account_id_accounts_id_fk" FOREIGN KEY ("lent_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_loans" ADD CONSTRAINT "library_loans_hold_id_library_holds_id_fk" FOREIGN KEY ("hold_id") REFERENCES "public"."library_holds"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_loans" ADD CONSTRAINT "library_loans_returned_to_account_id_accounts_id_fk" FOREIGN KEY ("returned_to_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_loans" ADD CONSTRAINT "library_loans_resource_fk" FOREIGN KEY ("network_id","resource_id") REFERENCES "public"."space_resources"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_loans" ADD CONSTRAINT "library_loans_member_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_repairs" ADD CONSTRAINT "library_repairs_resource_fk" FOREIGN KEY ("network_id","resource_id") REFERENCES "public"."space_resources"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "library_condition_notes_resource_idx" ON "library_condition_notes" USING btree ("resource_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "library_holds_one_live_idx" ON "library_holds" USING btree ("resource_id","account_id") WHERE "library_holds"."status" in ('waiting', 'offered');--> statement-breakpoint
CREATE UNIQUE INDEX "library_holds_one_offer_idx" ON "library_holds" USING btree ("resource_id") WHERE "library_holds"."status" = 'offered';--> statement-breakpoint
CREATE INDEX "library_holds_queue_idx" ON "library_holds" USING btree ("resource_id","status","arrival");--> statement-breakpoint
CREATE INDEX "library_holds_account_idx" ON "library_holds" USING btree ("account_id","status");--> statement-breakpoint
CREATE INDEX "library_holds_offer_expiry_idx" ON "library_holds" USING btree ("offer_expires_at") WHERE "library_holds"."status" = 'offered';--> statement-breakpoint
CREATE UNIQUE INDEX "library_loan_reminders_once_idx" ON "library_loan_reminders" USING btree ("loan_id","reminder");--> statement-breakpoint
CREATE UNIQUE INDEX "library_loans_one_open_idx" ON "library_loans" USING btree ("resource_id") WHERE "library_loans"."returned_at" is null;--> statement-breakpoint
CREATE INDEX "library_loans_open_due_idx" ON "library_loans" USING btree ("network_id","due_on") WHERE "library_loans"."returned_at" is null;--> statement-breakpoint
CREATE INDEX "library_loans_account_idx" ON "library_loans" USING btree ("account_id","lent_at");--> statement-breakpoint
CREATE INDEX "library_loans_resource_idx" ON "library_loans" USING btree ("resource_id","lent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "library_repairs_one_open_idx" ON "library_repairs" USING btree ("resource_id") WHERE "library_repairs"."ended_at" is null;