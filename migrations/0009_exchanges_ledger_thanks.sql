-- The composite key exchanges point to (an introduction and its network), created before them.
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_network_id_id_key" UNIQUE("network_id","id");--> statement-breakpoint
CREATE TABLE "exchange_learners" (
	"exchange_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"sharer_account_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "exchange_learners_exchange_id_account_id_pk" PRIMARY KEY("exchange_id","account_id"),
	CONSTRAINT "exchange_learners_exchange_network_account_key" UNIQUE("exchange_id","network_id","account_id"),
	CONSTRAINT "exchange_learners_not_sharer" CHECK ("exchange_learners"."account_id" <> "exchange_learners"."sharer_account_id"),
	CONSTRAINT "exchange_learners_status" CHECK ("exchange_learners"."status" in ('pending', 'confirmed', 'declined')),
	CONSTRAINT "exchange_learners_decided" CHECK (("exchange_learners"."status" = 'pending') = ("exchange_learners"."decided_at" is null))
);
--> statement-breakpoint
CREATE TABLE "exchange_thanks" (
	"exchange_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"message" text NOT NULL,
	"hidden_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_thanks_exchange_id_account_id_pk" PRIMARY KEY("exchange_id","account_id"),
	CONSTRAINT "exchange_thanks_message" CHECK (char_length("exchange_thanks"."message") between 1 and 500)
);
--> statement-breakpoint
CREATE TABLE "exchanges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"sharer_account_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"post_id" uuid,
	"introduction_id" uuid,
	"origin" text NOT NULL,
	"recorded_by_account_id" uuid,
	"sharer_status" text DEFAULT 'pending' NOT NULL,
	"sharer_decided_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchanges_id_network_sharer_key" UNIQUE("id","network_id","sharer_account_id"),
	CONSTRAINT "exchanges_minutes" CHECK ("exchanges"."minutes" between 5 and 720),
	CONSTRAINT "exchanges_origin" CHECK ("exchanges"."origin" in ('sharer', 'learner', 'coordinator')),
	CONSTRAINT "exchanges_sharer_status" CHECK ("exchanges"."sharer_status" in ('pending', 'confirmed', 'declined')),
	CONSTRAINT "exchanges_sharer_decided" CHECK (("exchanges"."sharer_status" = 'pending') = ("exchanges"."sharer_decided_at" is null)),
	CONSTRAINT "exchanges_confirmed" CHECK ("exchanges"."confirmed_at" is null or "exchanges"."sharer_status" = 'confirmed')
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"exchange_id" uuid NOT NULL,
	"learner_account_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"minutes" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_once" UNIQUE("exchange_id","learner_account_id","account_id"),
	CONSTRAINT "ledger_entries_minutes" CHECK ("ledger_entries"."minutes" <> 0),
	CONSTRAINT "ledger_entries_sign" CHECK (("ledger_entries"."account_id" = "ledger_entries"."learner_account_id") = ("ledger_entries"."minutes" < 0))
);
--> statement-breakpoint
CREATE TABLE "time_balances" (
	"network_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"minutes" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "time_balances_network_id_account_id_pk" PRIMARY KEY("network_id","account_id")
);
--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "reciprocity_mode" text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "time_min_balance_minutes" integer;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "time_max_balance_minutes" integer;--> statement-breakpoint
ALTER TABLE "exchange_learners" ADD CONSTRAINT "exchange_learners_exchange_fk" FOREIGN KEY ("exchange_id","network_id","sharer_account_id") REFERENCES "public"."exchanges"("id","network_id","sharer_account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_learners" ADD CONSTRAINT "exchange_learners_membership_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_thanks" ADD CONSTRAINT "exchange_thanks_learner_fk" FOREIGN KEY ("exchange_id","network_id","account_id") REFERENCES "public"."exchange_learners"("exchange_id","network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_recorded_by_account_id_accounts_id_fk" FOREIGN KEY ("recorded_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_sharer_fk" FOREIGN KEY ("network_id","sharer_account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_skill_fk" FOREIGN KEY ("network_id","skill_id") REFERENCES "public"."skills"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_post_fk" FOREIGN KEY ("network_id","post_id") REFERENCES "public"."posts"("network_id","id") ON DELETE SET NULL ("post_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_introduction_fk" FOREIGN KEY ("network_id","introduction_id") REFERENCES "public"."introductions"("network_id","id") ON DELETE SET NULL ("introduction_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_learner_fk" FOREIGN KEY ("exchange_id","network_id","learner_account_id") REFERENCES "public"."exchange_learners"("exchange_id","network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_membership_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_balances" ADD CONSTRAINT "time_balances_membership_fk" FOREIGN KEY ("network_id","account_id") REFERENCES "public"."memberships"("network_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exchange_learners_account_idx" ON "exchange_learners" USING btree ("network_id","account_id");--> statement-breakpoint
CREATE INDEX "exchanges_sharer_recent_idx" ON "exchanges" USING btree ("network_id","sharer_account_id","occurred_on" DESC NULLS LAST) WHERE "exchanges"."confirmed_at" is not null;--> statement-breakpoint
CREATE INDEX "exchanges_sharer_idx" ON "exchanges" USING btree ("network_id","sharer_account_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "ledger_entries_account_idx" ON "ledger_entries" USING btree ("network_id","account_id");--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_reciprocity_mode" CHECK ("networks"."reciprocity_mode" in ('open', 'time_bank', 'gift'));--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_time_min_balance" CHECK ("networks"."time_min_balance_minutes" between -60000 and 0);--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_time_max_balance" CHECK ("networks"."time_max_balance_minutes" between 0 and 60000);;--> statement-breakpoint
-- Hand-written (decision 019). A deleted post or introduction leaves its exchanges, only forgetting the link
-- (« set null » of the one column above, so the network stays).
--
-- The time bank's ledger. Each entry moves the member's balance (time_balances) under the balance row's lock,
-- so two exchanges of the same person wait for each other, and the second sees the first's balance. A debit
-- that would take a balance under the network's lower limit, or a credit over its upper limit, is refused
-- (SQLSTATE EX001 / EX002). Entries exist only in time-bank mode (EX005), for a learner's part that both sides
-- confirmed, for exactly the exchange's duration (EX006), and are never changed (EX004).
CREATE FUNCTION "ledger_entries_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	balance integer;
	lowest integer;
	highest integer;
	mode text;
BEGIN
	IF TG_OP = 'DELETE' THEN
		UPDATE time_balances SET minutes = minutes - OLD.minutes
		WHERE network_id = OLD.network_id AND account_id = OLD.account_id;
		RETURN NULL;
	END IF;
	IF TG_OP = 'UPDATE' THEN
		RAISE EXCEPTION 'ledger entries are never changed' USING ERRCODE = 'EX004';
	END IF;
	SELECT n.reciprocity_mode, n.time_min_balance_minutes, n.time_max_balance_minutes INTO mode, lowest, highest
	FROM networks n WHERE n.id = NEW.network_id;
	IF mode IS DISTINCT FROM 'time_bank' THEN
		RAISE EXCEPTION 'the network is not in time-bank mode' USING ERRCODE = 'EX005';
	END IF;
	IF NOT EXISTS (
		SELECT 1 FROM exchanges e
		JOIN exchange_learners l ON l.exchange_id = e.id AND l.account_id = NEW.learner_account_id
		WHERE e.id = NEW.exchange_id AND e.network_id = NEW.network_id
			AND e.sharer_status = 'confirmed' AND l.status = 'confirmed' AND e.minutes = abs(NEW.minutes)
			AND NEW.account_id IN (NEW.learner_account_id, e.sharer_account_id)
	) THEN
		RAISE EXCEPTION 'a ledger entry needs a confirmed part of an exchange, for its duration' USING ERRCODE = 'EX006';
	END IF;
	INSERT INTO time_balances AS b (network_id, account_id, minutes)
	VALUES (NEW.network_id, NEW.account_id, NEW.minutes)
	ON CONFLICT (network_id, account_id) DO UPDATE SET minutes = b.minutes + excluded.minutes
	RETURNING b.minutes INTO balance;
	IF NEW.minutes < 0 AND lowest IS NOT NULL AND balance < lowest THEN
		RAISE EXCEPTION 'time balance would go under the lower limit' USING ERRCODE = 'EX001';
	END IF;
	IF NEW.minutes > 0 AND highest IS NOT NULL AND balance > highest THEN
		RAISE EXCEPTION 'time balance would go over the upper limit' USING ERRCODE = 'EX002';
	END IF;
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "ledger_entries_apply" AFTER INSERT OR UPDATE OR DELETE ON "ledger_entries"
	FOR EACH ROW EXECUTE FUNCTION "ledger_entries_apply"();--> statement-breakpoint
-- Double entry: at the end of every transaction, the entries of each exchange touched add up to zero, so the
-- entries (and balances) of a whole network always do (EX003).
CREATE FUNCTION "ledger_entries_balanced"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	exchange uuid;
	total bigint;
BEGIN
	IF TG_OP = 'DELETE' THEN exchange := OLD.exchange_id; ELSE exchange := NEW.exchange_id; END IF;
	SELECT coalesce(sum(minutes), 0) INTO total FROM ledger_entries WHERE exchange_id = exchange;
	IF total <> 0 THEN
		RAISE EXCEPTION 'the ledger entries of exchange % add up to % minutes, not zero', exchange, total
			USING ERRCODE = 'EX003';
	END IF;
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "ledger_entries_balanced" AFTER INSERT OR UPDATE OR DELETE ON "ledger_entries"
	DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "ledger_entries_balanced"();
