-- messages_notify: applied after the migrations at every start when this file changed (decision 026).
-- Wakes the live streams of a conversation in every app process (decision 018, db/notifications.ts): a NOTIFY
-- on channel entrelien_messages, sent in the message's own transaction, so it is delivered at commit and never
-- for a message rolled back. The payload is the conversation's id only, never the text: every listener reads
-- what is new through its own access checks.
CREATE OR REPLACE FUNCTION messages_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('entrelien_messages', NEW.conversation_id::text);
	RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS "messages_notify" ON "messages";
CREATE TRIGGER messages_notify AFTER INSERT ON messages
	FOR EACH ROW EXECUTE FUNCTION messages_notify();
