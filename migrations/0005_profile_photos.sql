CREATE TABLE "profile_photos" (
	"network_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_account_id" uuid,
	CONSTRAINT "profile_photos_network_id_account_id_pk" PRIMARY KEY("network_id","account_id"),
	CONSTRAINT "profile_photos_type" CHECK ("profile_photos"."content_type" in ('image/jpeg', 'image/png', 'image/webp')),
	CONSTRAINT "profile_photos_size" CHECK (octet_length("profile_photos"."bytes") between 1 and 1000000)
);
--> statement-breakpoint
ALTER TABLE "profile_photos" ADD CONSTRAINT "profile_photos_updated_by_account_id_accounts_id_fk" FOREIGN KEY ("updated_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_photos" ADD CONSTRAINT "profile_photos_membership_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;