CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid,
	"actor_account_id" uuid,
	"action" text NOT NULL,
	"subject_account_id" uuid,
	"subject_id" uuid,
	"detail" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_log_action_shape" CHECK ("audit_log"."action" ~ '^[a-z_]{1,60}$'),
	CONSTRAINT "audit_log_detail_length" CHECK (char_length("audit_log"."detail") <= 500)
);
--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "suspended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "emails" ADD COLUMN "to_account_id" uuid;--> statement-breakpoint
ALTER TABLE "emails" ADD COLUMN "holds_secret_link" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_account_id_accounts_id_fk" FOREIGN KEY ("actor_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_subject_account_id_accounts_id_fk" FOREIGN KEY ("subject_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_network_idx" ON "audit_log" USING btree ("network_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_account_id");--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject_account_id");--> statement-breakpoint
ALTER TABLE "emails" ADD CONSTRAINT "emails_to_account_id_accounts_id_fk" FOREIGN KEY ("to_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "emails_to_account_idx" ON "emails" USING btree ("to_account_id");--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_status" CHECK ("networks"."status" in ('active', 'suspended'));--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_suspended_at" CHECK (("networks"."status" = 'suspended') = ("networks"."suspended_at" is not null));