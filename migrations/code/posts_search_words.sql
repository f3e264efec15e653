-- posts_search_words: applied after the migrations at every start when this file changed (decision 026);
-- first created by 0015_search_words.sql.
CREATE OR REPLACE FUNCTION "posts_search_words"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM search_words_add(NEW.network_id, NEW.title);
	RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS "posts_search_words" ON "posts";
CREATE TRIGGER "posts_search_words" AFTER INSERT OR UPDATE OF title ON "posts"
	FOR EACH ROW EXECUTE FUNCTION "posts_search_words"();
