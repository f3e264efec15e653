-- ledger_entries_apply: applied after the migrations at every start when this file changed (decision 026);
-- first created by 0009_exchanges_ledger_thanks.sql.
-- Hand-written (decision 019). A deleted post or introduction leaves its exchanges, only forgetting the link
-- (« set null » of the one column above, so the network stays).
--
-- The time bank's ledger. Each entry moves the member's balance (time_balances) under the balance row's lock,
-- so two exchanges of the same person wait for each other, and the second sees the first's balance. A debit
-- that would take a balance under the network's lower limit, or a credit over its upper limit, is refused
-- (SQLSTATE EX001 / EX002). Entries exist only in time-bank mode (EX005), for a learner's part that both sides
-- confirmed, for exactly the exchange's duration (EX006), and are never changed (EX004).
CREATE OR REPLACE FUNCTION "ledger_entries_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
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
END $$;

DROP TRIGGER IF EXISTS "ledger_entries_apply" ON "ledger_entries";
CREATE TRIGGER "ledger_entries_apply" AFTER INSERT OR UPDATE OR DELETE ON "ledger_entries"
	FOR EACH ROW EXECUTE FUNCTION "ledger_entries_apply"();
