CREATE TABLE "group_members" (
	"group_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"joined_at" timestamp with time zone,
	"decided_by_account_id" uuid,
	CONSTRAINT "group_members_group_id_account_id_pk" PRIMARY KEY("group_id","account_id"),
	CONSTRAINT "group_members_network_group_account_key" UNIQUE("network_id","group_id","account_id"),
	CONSTRAINT "group_members_role" CHECK ("group_members"."role" in ('member', 'coordinator')),
	CONSTRAINT "group_members_status" CHECK ("group_members"."status" in ('pending', 'active')),
	CONSTRAINT "group_members_joined" CHECK (("group_members"."status" = 'active') = ("group_members"."joined_at" is not null)),
	CONSTRAINT "group_members_coordinator_active" CHECK ("group_members"."role" = 'member' or "group_members"."status" = 'active')
);
--> statement-breakpoint
CREATE TABLE "group_messages" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "group_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"group_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"author_account_id" uuid NOT NULL,
	"kind" text DEFAULT 'message' NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_messages_kind" CHECK ("group_messages"."kind" in ('message', 'announcement')),
	CONSTRAINT "group_messages_body_length" CHECK (char_length("group_messages"."body") between 1 and 4000)
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_key" text GENERATED ALWAYS AS (name_key("groups"."name")) STORED NOT NULL,
	"theme_id" uuid,
	"description" text DEFAULT '' NOT NULL,
	"join_policy" text DEFAULT 'open' NOT NULL,
	"created_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "groups_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "groups_name_key" UNIQUE("network_id","name_key"),
	CONSTRAINT "groups_name_length" CHECK (char_length("groups"."name") between 1 and 80),
	CONSTRAINT "groups_description_length" CHECK (char_length("groups"."description") <= 2000),
	CONSTRAINT "groups_join_policy" CHECK ("groups"."join_policy" in ('open', 'approval'))
);
--> statement-breakpoint
CREATE TABLE "venues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_key" text GENERATED ALWAYS AS (name_key("venues"."name")) STORED NOT NULL,
	"address" text NOT NULL,
	"access_notes" text DEFAULT '' NOT NULL,
	"door_code" text DEFAULT '' NOT NULL,
	"capacity" integer,
	"partner_name" text DEFAULT '' NOT NULL,
	"is_own_space" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone,
	"created_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "venues_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "venues_name_length" CHECK (char_length("venues"."name") between 1 and 100),
	CONSTRAINT "venues_address_length" CHECK (char_length("venues"."address") between 1 and 300),
	CONSTRAINT "venues_access_notes_length" CHECK (char_length("venues"."access_notes") <= 1000),
	CONSTRAINT "venues_door_code_length" CHECK (char_length("venues"."door_code") <= 60),
	CONSTRAINT "venues_partner_name_length" CHECK (char_length("venues"."partner_name") <= 120),
	CONSTRAINT "venues_capacity" CHECK ("venues"."capacity" between 1 and 100000)
);
--> statement-breakpoint
ALTER TABLE "notification_preferences" DROP CONSTRAINT "notification_preferences_kind";--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind";--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_decided_by_account_id_accounts_id_fk" FOREIGN KEY ("decided_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_fk" FOREIGN KEY ("network_id","group_id") REFERENCES "public"."groups"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_membership_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_messages" ADD CONSTRAINT "group_messages_group_fk" FOREIGN KEY ("network_id","group_id") REFERENCES "public"."groups"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_messages" ADD CONSTRAINT "group_messages_author_fk" FOREIGN KEY ("network_id","author_account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_theme_fk" FOREIGN KEY ("network_id","theme_id") REFERENCES "public"."themes"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_members_account_idx" ON "group_members" USING btree ("account_id","network_id");--> statement-breakpoint
CREATE INDEX "group_messages_group_idx" ON "group_messages" USING btree ("group_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "venues_live_name_idx" ON "venues" USING btree ("network_id","name_key") WHERE "venues"."archived_at" is null;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_kind" CHECK ("notification_preferences"."kind" in ('match', 'answer', 'introduction', 'exchange', 'thanks', 'message', 'group'));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind" CHECK ("notifications"."kind" in ('match', 'answer', 'introduction', 'exchange', 'thanks', 'message', 'group'));