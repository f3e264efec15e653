CREATE TABLE "unmet_need_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"need_key" text NOT NULL,
	"kind" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"by_account_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unmet_need_actions_key" CHECK ("unmet_need_actions"."need_key" ~ '^(request|skill|occurrence):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
	CONSTRAINT "unmet_need_actions_kind" CHECK ("unmet_need_actions"."kind" in ('invite_member', 'create_group', 'create_workshop', 'ask_partner', 'find_mentor', 'other')),
	CONSTRAINT "unmet_need_actions_note_length" CHECK (char_length("unmet_need_actions"."note") <= 500)
);
--> statement-breakpoint
ALTER TABLE "unmet_need_actions" ADD CONSTRAINT "unmet_need_actions_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unmet_need_actions" ADD CONSTRAINT "unmet_need_actions_by_fk" FOREIGN KEY ("by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unmet_need_actions_need_idx" ON "unmet_need_actions" USING btree ("network_id","need_key","at");