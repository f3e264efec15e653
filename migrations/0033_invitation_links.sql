CREATE TABLE "invitation_joins" (
	"network_id" uuid NOT NULL,
	"link_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitation_joins_link_id_account_id_pk" PRIMARY KEY("link_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "invitation_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"label" text NOT NULL,
	"poster_text" text DEFAULT '' NOT NULL,
	"token" text NOT NULL,
	"expires_at" timestamp with time zone,
	"max_uses" integer,
	"opened_count" integer DEFAULT 0 NOT NULL,
	"created_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitation_links_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "invitation_links_label_length" CHECK (char_length("invitation_links"."label") between 1 and 80),
	CONSTRAINT "invitation_links_poster_text_length" CHECK (char_length("invitation_links"."poster_text") <= 400),
	CONSTRAINT "invitation_links_max_uses" CHECK ("invitation_links"."max_uses" is null or "invitation_links"."max_uses" between 1 and 10000),
	CONSTRAINT "invitation_links_opened_count" CHECK ("invitation_links"."opened_count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "invitation_joins" ADD CONSTRAINT "invitation_joins_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation_joins" ADD CONSTRAINT "invitation_joins_link_fk" FOREIGN KEY ("network_id","link_id") REFERENCES "public"."invitation_links"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation_links" ADD CONSTRAINT "invitation_links_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation_links" ADD CONSTRAINT "invitation_links_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invitation_links_token_key" ON "invitation_links" USING btree ("token");--> statement-breakpoint
CREATE INDEX "invitation_links_network_created_idx" ON "invitation_links" USING btree ("network_id","created_at");