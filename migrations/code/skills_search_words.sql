-- skills_search_words: applied after the migrations at every start when this file changed (decision 026);
-- first created by 0015_search_words.sql.
CREATE OR REPLACE FUNCTION "skills_search_words"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM search_words_add(NEW.network_id, NEW.name);
	RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS "skills_search_words" ON "skills";
CREATE TRIGGER "skills_search_words" AFTER INSERT OR UPDATE OF name ON "skills"
	FOR EACH ROW EXECUTE FUNCTION "skills_search_words"();
