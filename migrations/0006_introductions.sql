-- The composite key the introductions point to (a post and its network), created before them.
ALTER TABLE "posts" ADD CONSTRAINT "posts_network_id_id_key" UNIQUE("network_id","id");--> statement-breakpoint
CREATE TABLE "introduction_people" (
	"introduction_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "introduction_people_introduction_id_account_id_pk" PRIMARY KEY("introduction_id","account_id"),
	CONSTRAINT "introduction_people_role" CHECK ("introduction_people"."role" in ('author', 'participant'))
);
--> statement-breakpoint
CREATE TABLE "introductions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"origin" text NOT NULL,
	"created_by_account_id" uuid NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"met_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	CONSTRAINT "introductions_origin" CHECK ("introductions"."origin" in ('answer', 'coordinator')),
	CONSTRAINT "introductions_status" CHECK ("introductions"."status" in ('proposed', 'accepted', 'met', 'done', 'cancelled', 'no_follow_up')),
	CONSTRAINT "introductions_accepted_at" CHECK (("introductions"."status" in ('accepted', 'met', 'done')) <= ("introductions"."accepted_at" is not null)),
	CONSTRAINT "introductions_met_at" CHECK (("introductions"."status" in ('met', 'done')) <= ("introductions"."met_at" is not null)),
	CONSTRAINT "introductions_ended_at" CHECK (("introductions"."status" in ('done', 'cancelled', 'no_follow_up')) = ("introductions"."ended_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "introduction_people" ADD CONSTRAINT "introduction_people_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_people" ADD CONSTRAINT "introduction_people_membership_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_post_fk" FOREIGN KEY ("network_id","post_id") REFERENCES "public"."posts"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_creator_fk" FOREIGN KEY ("network_id","created_by_account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "introduction_people_account_idx" ON "introduction_people" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "introductions_one_live_answer_idx" ON "introductions" USING btree ("post_id","created_by_account_id") WHERE "introductions"."origin" = 'answer' and "introductions"."status" in ('proposed', 'accepted', 'met');--> statement-breakpoint
CREATE INDEX "introductions_post_idx" ON "introductions" USING btree ("post_id");
