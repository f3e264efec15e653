CREATE TABLE "space_resource_photos" (
	"resource_id" uuid PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"alt" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_account_id" uuid,
	CONSTRAINT "space_resource_photos_type" CHECK ("space_resource_photos"."content_type" in ('image/jpeg', 'image/png', 'image/webp')),
	CONSTRAINT "space_resource_photos_size" CHECK (octet_length("space_resource_photos"."bytes") between 1 and 1000000),
	CONSTRAINT "space_resource_photos_alt_length" CHECK (char_length("space_resource_photos"."alt") <= 250)
);
--> statement-breakpoint
ALTER TABLE "space_resource_photos" ADD CONSTRAINT "space_resource_photos_updated_by_account_id_accounts_id_fk" FOREIGN KEY ("updated_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_resource_photos" ADD CONSTRAINT "space_resource_photos_resource_fk" FOREIGN KEY ("network_id","resource_id") REFERENCES "public"."space_resources"("network_id","id") ON DELETE cascade ON UPDATE no action;