-- ledger_entries_balanced: applied after the migrations at every start when this file changed (decision 026);
-- first created by 0009_exchanges_ledger_thanks.sql.
-- Double entry: at the end of every transaction, the entries of each exchange touched add up to zero, so the
-- entries (and balances) of a whole network always do (EX003).
CREATE OR REPLACE FUNCTION "ledger_entries_balanced"() RETURNS trigger LANGUAGE plpgsql AS $$
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
END $$;

DROP TRIGGER IF EXISTS "ledger_entries_balanced" ON "ledger_entries";
CREATE CONSTRAINT TRIGGER "ledger_entries_balanced" AFTER INSERT OR UPDATE OR DELETE ON "ledger_entries"
	DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "ledger_entries_balanced"();
