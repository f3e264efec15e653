CREATE TABLE "library_item_photos" (
	"resource_id" uuid PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"alt" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by_account_id" uuid,
	CONSTRAINT "library_item_photos_type" CHECK ("library_item_photos"."content_type" in ('image/jpeg', 'image/png', 'image/webp')),
	CONSTRAINT "library_item_photos_size" CHECK (octet_length("library_item_photos"."bytes") between 1 and 1000000),
	CONSTRAINT "library_item_photos_alt_length" CHECK (char_length("library_item_photos"."alt") <= 250)
);
--> statement-breakpoint
ALTER TABLE "library_item_photos" ADD CONSTRAINT "library_item_photos_updated_by_account_id_accounts_id_fk" FOREIGN KEY ("updated_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_item_photos" ADD CONSTRAINT "library_item_photos_resource_fk" FOREIGN KEY ("network_id","resource_id") REFERENCES "public"."space_resources"("network_id","id") ON DELETE cascade ON UPDATE no action;