-- messages_author_present: applied after the migrations at every start when this file changed (decision 026);
-- first created by 0008_messages_conversations.sql.
-- Someone who left a conversation writes nothing more in it.
CREATE OR REPLACE FUNCTION messages_author_present() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF EXISTS (
		SELECT 1 FROM conversation_participants
		WHERE conversation_id = NEW.conversation_id AND account_id = NEW.author_account_id AND left_at IS NOT NULL
	) THEN
		RAISE EXCEPTION 'the author has left this conversation' USING ERRCODE = '23514';
	END IF;
	RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS "messages_author_present" ON "messages";
CREATE TRIGGER messages_author_present BEFORE INSERT ON messages
	FOR EACH ROW EXECUTE FUNCTION messages_author_present();
