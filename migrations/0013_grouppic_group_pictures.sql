CREATE TABLE "group_pictures" (
	"group_id" uuid PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"alt" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_account_id" uuid,
	CONSTRAINT "group_pictures_type" CHECK ("group_pictures"."content_type" in ('image/jpeg', 'image/png', 'image/webp')),
	CONSTRAINT "group_pictures_size" CHECK (octet_length("group_pictures"."bytes") between 1 and 1000000),
	CONSTRAINT "group_pictures_alt_length" CHECK (char_length("group_pictures"."alt") <= 250)
);
--> statement-breakpoint
ALTER TABLE "group_pictures" ADD CONSTRAINT "group_pictures_updated_by_account_id_accounts_id_fk" FOREIGN KEY ("updated_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_pictures" ADD CONSTRAINT "group_pictures_group_fk" FOREIGN KEY ("network_id","group_id") REFERENCES "public"."groups"("network_id","id") ON DELETE cascade ON UPDATE no action;