-- conversations_same_network: applied after the migrations at every start when this file changed (decision 026);
-- first created by 0008_messages_conversations.sql.
-- A conversation about an introduction belongs to the introduction's network (introductions has no composite
-- key to point to, so a trigger checks it).
CREATE OR REPLACE FUNCTION conversations_same_network() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.introduction_id IS NOT NULL AND NOT EXISTS (
		SELECT 1 FROM introductions WHERE id = NEW.introduction_id AND network_id = NEW.network_id
	) THEN
		RAISE EXCEPTION 'conversation and introduction are in different networks' USING ERRCODE = '23514';
	END IF;
	RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS "conversations_same_network" ON "conversations";
CREATE TRIGGER conversations_same_network BEFORE INSERT OR UPDATE OF introduction_id, network_id ON conversations
	FOR EACH ROW EXECUTE FUNCTION conversations_same_network();
