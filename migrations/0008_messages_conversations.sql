CREATE TABLE "conversation_participants" (
	"conversation_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_read_message_id" bigint,
	"left_at" timestamp with time zone,
	"last_notified_at" timestamp with time zone,
	CONSTRAINT "conversation_participants_conversation_id_account_id_pk" PRIMARY KEY("conversation_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"introduction_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_message_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversations_network_id_id_key" UNIQUE("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "member_blocks" (
	"network_id" uuid NOT NULL,
	"blocker_account_id" uuid NOT NULL,
	"blocked_account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_blocks_network_id_blocker_account_id_blocked_account_id_pk" PRIMARY KEY("network_id","blocker_account_id","blocked_account_id"),
	CONSTRAINT "member_blocks_not_self" CHECK ("member_blocks"."blocker_account_id" <> "member_blocks"."blocked_account_id")
);
--> statement-breakpoint
CREATE TABLE "message_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"message_id" bigint NOT NULL,
	"reporter_account_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by_account_id" uuid,
	CONSTRAINT "message_reports_reason_length" CHECK (char_length("message_reports"."reason") between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"conversation_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"author_account_id" uuid NOT NULL,
	"kind" text DEFAULT 'text' NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "messages_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "messages_kind" CHECK ("messages"."kind" in ('text', 'contact')),
	CONSTRAINT "messages_body_length" CHECK (char_length("messages"."body") between 1 and 4000)
);
--> statement-breakpoint
ALTER TABLE "conversation_participants" ADD CONSTRAINT "conversation_participants_conversation_fk" FOREIGN KEY ("network_id","conversation_id") REFERENCES "public"."conversations"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_participants" ADD CONSTRAINT "conversation_participants_membership_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_blocks" ADD CONSTRAINT "member_blocks_blocker_fk" FOREIGN KEY ("network_id","blocker_account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_blocks" ADD CONSTRAINT "member_blocks_blocked_fk" FOREIGN KEY ("network_id","blocked_account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_reports" ADD CONSTRAINT "message_reports_handled_by_account_id_accounts_id_fk" FOREIGN KEY ("handled_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_reports" ADD CONSTRAINT "message_reports_message_fk" FOREIGN KEY ("network_id","message_id") REFERENCES "public"."messages"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_reports" ADD CONSTRAINT "message_reports_reporter_fk" FOREIGN KEY ("network_id","reporter_account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_fk" FOREIGN KEY ("network_id","conversation_id") REFERENCES "public"."conversations"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_author_fk" FOREIGN KEY ("conversation_id","author_account_id") REFERENCES "public"."conversation_participants"("conversation_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversation_participants_account_idx" ON "conversation_participants" USING btree ("account_id","network_id") WHERE "conversation_participants"."left_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_one_per_introduction_idx" ON "conversations" USING btree ("introduction_id") WHERE "conversations"."introduction_id" is not null;--> statement-breakpoint
CREATE INDEX "member_blocks_blocked_idx" ON "member_blocks" USING btree ("network_id","blocked_account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "message_reports_one_open_idx" ON "message_reports" USING btree ("message_id","reporter_account_id") WHERE "message_reports"."handled_at" is null;--> statement-breakpoint
CREATE INDEX "message_reports_open_idx" ON "message_reports" USING btree ("network_id","created_at") WHERE "message_reports"."handled_at" is null;--> statement-breakpoint
CREATE INDEX "messages_conversation_idx" ON "messages" USING btree ("conversation_id","id");--> statement-breakpoint
CREATE INDEX "messages_created_idx" ON "messages" USING btree ("created_at");--> statement-breakpoint
-- A conversation about an introduction belongs to the introduction's network (introductions has no composite
-- key to point to, so a trigger checks it).
CREATE FUNCTION conversations_same_network() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.introduction_id IS NOT NULL AND NOT EXISTS (
		SELECT 1 FROM introductions WHERE id = NEW.introduction_id AND network_id = NEW.network_id
	) THEN
		RAISE EXCEPTION 'conversation and introduction are in different networks' USING ERRCODE = '23514';
	END IF;
	RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER conversations_same_network BEFORE INSERT OR UPDATE OF introduction_id, network_id ON conversations
	FOR EACH ROW EXECUTE FUNCTION conversations_same_network();
--> statement-breakpoint
-- Someone who left a conversation writes nothing more in it.
CREATE FUNCTION messages_author_present() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF EXISTS (
		SELECT 1 FROM conversation_participants
		WHERE conversation_id = NEW.conversation_id AND account_id = NEW.author_account_id AND left_at IS NOT NULL
	) THEN
		RAISE EXCEPTION 'the author has left this conversation' USING ERRCODE = '23514';
	END IF;
	RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER messages_author_present BEFORE INSERT ON messages
	FOR EACH ROW EXECUTE FUNCTION messages_author_present();
