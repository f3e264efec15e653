CREATE TABLE "childcare_carer_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"event" text NOT NULL,
	"met_on" date,
	"met_by_account_id" uuid,
	"voucher1_account_id" uuid,
	"voucher2_account_id" uuid,
	"reason" text DEFAULT '' NOT NULL,
	"recorded_by_account_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "childcare_carer_history_event" CHECK ("childcare_carer_history"."event" in ('met', 'suspended', 'restored')),
	CONSTRAINT "childcare_carer_history_met_on" CHECK (("childcare_carer_history"."event" = 'met') = ("childcare_carer_history"."met_on" is not null)),
	CONSTRAINT "childcare_carer_history_reason_length" CHECK (char_length("childcare_carer_history"."reason") <= 300)
);
--> statement-breakpoint
CREATE TABLE "childcare_carers" (
	"network_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"suspend_reason" text DEFAULT '' NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "childcare_carers_network_id_account_id_pk" PRIMARY KEY("network_id","account_id"),
	CONSTRAINT "childcare_carers_status" CHECK ("childcare_carers"."status" in ('active', 'suspended')),
	CONSTRAINT "childcare_carers_reason_length" CHECK (char_length("childcare_carers"."suspend_reason") <= 300)
);
--> statement-breakpoint
CREATE TABLE "childcare_offers" (
	"request_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"carer_account_id" uuid NOT NULL,
	"status" text DEFAULT 'offered' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "childcare_offers_request_id_carer_account_id_pk" PRIMARY KEY("request_id","carer_account_id"),
	CONSTRAINT "childcare_offers_status" CHECK ("childcare_offers"."status" in ('offered', 'chosen', 'thanked')),
	CONSTRAINT "childcare_offers_address_length" CHECK (char_length("childcare_offers"."address") <= 300),
	CONSTRAINT "childcare_offers_phone_length" CHECK (char_length("childcare_offers"."phone") <= 30)
);
--> statement-breakpoint
CREATE TABLE "childcare_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"parent_account_id" uuid NOT NULL,
	"requested_by_account_id" uuid,
	"reason" text NOT NULL,
	"children" smallint NOT NULL,
	"age_ranges" text[] NOT NULL,
	"place" text NOT NULL,
	"venue_id" uuid,
	"address" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"urgent" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"parent_done_at" timestamp with time zone,
	"carer_done_at" timestamp with time zone,
	"exchange_id" uuid,
	"note_cleared_at" timestamp with time zone,
	"details_cleared_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "childcare_requests_network_id_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "childcare_requests_reason" CHECK ("childcare_requests"."reason" in ('interview', 'training', 'respite', 'appointment')),
	CONSTRAINT "childcare_requests_children" CHECK ("childcare_requests"."children" between 1 and 6),
	CONSTRAINT "childcare_requests_age_ranges" CHECK (cardinality("childcare_requests"."age_ranges") >= 1 and "childcare_requests"."age_ranges" <@ array['0-2', '3-5', '6-10', '11+']::text[]),
	CONSTRAINT "childcare_requests_place" CHECK ("childcare_requests"."place" in ('parent_home', 'carer_home', 'venue')),
	CONSTRAINT "childcare_requests_venue" CHECK (("childcare_requests"."place" = 'venue') = ("childcare_requests"."venue_id" is not null)),
	CONSTRAINT "childcare_requests_slot" CHECK ("childcare_requests"."ends_at" > "childcare_requests"."starts_at" and "childcare_requests"."ends_at" - "childcare_requests"."starts_at" <= interval '12 hours'),
	CONSTRAINT "childcare_requests_status" CHECK ("childcare_requests"."status" in ('open', 'confirmed', 'cancelled')),
	CONSTRAINT "childcare_requests_confirmed" CHECK (("childcare_requests"."status" = 'confirmed') = ("childcare_requests"."confirmed_at" is not null)),
	CONSTRAINT "childcare_requests_address_length" CHECK (char_length("childcare_requests"."address") <= 300),
	CONSTRAINT "childcare_requests_phone_length" CHECK (char_length("childcare_requests"."phone") <= 30),
	CONSTRAINT "childcare_requests_note_length" CHECK (char_length("childcare_requests"."note") <= 500)
);
--> statement-breakpoint
ALTER TABLE "childcare_carer_history" ADD CONSTRAINT "childcare_carer_history_met_by_account_id_accounts_id_fk" FOREIGN KEY ("met_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_carer_history" ADD CONSTRAINT "childcare_carer_history_voucher1_account_id_accounts_id_fk" FOREIGN KEY ("voucher1_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_carer_history" ADD CONSTRAINT "childcare_carer_history_voucher2_account_id_accounts_id_fk" FOREIGN KEY ("voucher2_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_carer_history" ADD CONSTRAINT "childcare_carer_history_recorded_by_account_id_accounts_id_fk" FOREIGN KEY ("recorded_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_carer_history" ADD CONSTRAINT "childcare_carer_history_carer_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."childcare_carers"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_carers" ADD CONSTRAINT "childcare_carers_membership_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_offers" ADD CONSTRAINT "childcare_offers_request_fk" FOREIGN KEY ("network_id","request_id") REFERENCES "public"."childcare_requests"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_offers" ADD CONSTRAINT "childcare_offers_membership_fk" FOREIGN KEY ("network_id","carer_account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD CONSTRAINT "childcare_requests_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD CONSTRAINT "childcare_requests_requested_by_account_id_accounts_id_fk" FOREIGN KEY ("requested_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD CONSTRAINT "childcare_requests_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD CONSTRAINT "childcare_requests_parent_fk" FOREIGN KEY ("network_id","parent_account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_requests" ADD CONSTRAINT "childcare_requests_venue_fk" FOREIGN KEY ("network_id","venue_id") REFERENCES "public"."venues"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "childcare_carer_history_carer_idx" ON "childcare_carer_history" USING btree ("network_id","account_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "childcare_offers_one_chosen_idx" ON "childcare_offers" USING btree ("request_id") WHERE "childcare_offers"."status" = 'chosen';--> statement-breakpoint
CREATE INDEX "childcare_offers_carer_idx" ON "childcare_offers" USING btree ("network_id","carer_account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "childcare_requests_exchange_idx" ON "childcare_requests" USING btree ("exchange_id");--> statement-breakpoint
CREATE INDEX "childcare_requests_open_idx" ON "childcare_requests" USING btree ("network_id","status","starts_at");--> statement-breakpoint
CREATE INDEX "childcare_requests_parent_idx" ON "childcare_requests" USING btree ("network_id","parent_account_id","starts_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "childcare_requests_ends_idx" ON "childcare_requests" USING btree ("ends_at");