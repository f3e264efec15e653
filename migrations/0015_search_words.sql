CREATE TABLE "search_words" (
	"network_id" uuid NOT NULL,
	"word" text NOT NULL,
	CONSTRAINT "search_words_network_id_word_pk" PRIMARY KEY("network_id","word")
);
--> statement-breakpoint
DROP INDEX "posts_title_trgm_idx";--> statement-breakpoint
ALTER TABLE "search_words" ADD CONSTRAINT "search_words_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "posts" DROP COLUMN "title_key";--> statement-breakpoint
-- The dictionary of misspelt searches (decision 014): every word of 4 letters or more of a post's title or a
-- skill's name, folded like name_key(), added when the title or name is written.
CREATE FUNCTION "search_words_add"(network uuid, value text) RETURNS void LANGUAGE sql AS $$
	INSERT INTO search_words (network_id, word)
	SELECT DISTINCT network, w FROM regexp_split_to_table(name_key(value), '[^a-z0-9]+') AS w
	WHERE length(w) >= 4
	ON CONFLICT DO NOTHING
$$;--> statement-breakpoint
CREATE FUNCTION "posts_search_words"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM search_words_add(NEW.network_id, NEW.title);
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "posts_search_words" AFTER INSERT OR UPDATE OF title ON "posts"
	FOR EACH ROW EXECUTE FUNCTION "posts_search_words"();--> statement-breakpoint
CREATE FUNCTION "skills_search_words"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM search_words_add(NEW.network_id, NEW.name);
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "skills_search_words" AFTER INSERT OR UPDATE OF name ON "skills"
	FOR EACH ROW EXECUTE FUNCTION "skills_search_words"();--> statement-breakpoint
INSERT INTO search_words (network_id, word)
SELECT DISTINCT t.network_id, w
FROM (SELECT network_id, title AS value FROM posts UNION ALL SELECT network_id, name FROM skills) t,
	regexp_split_to_table(name_key(t.value), '[^a-z0-9]+') AS w
WHERE length(w) >= 4
ON CONFLICT DO NOTHING;
