-- search_words_add: applied after the migrations at every start when this file changed (decision 026);
-- first created by 0015_search_words.sql.
-- The dictionary of misspelt searches (decision 014): every word of 4 letters or more of a post's title or a
-- skill's name, folded like name_key(), added when the title or name is written.
CREATE OR REPLACE FUNCTION "search_words_add"(network uuid, value text) RETURNS void LANGUAGE sql AS $$
	INSERT INTO search_words (network_id, word)
	SELECT DISTINCT network, w FROM regexp_split_to_table(name_key(value), '[^a-z0-9]+') AS w
	WHERE length(w) >= 4
	ON CONFLICT DO NOTHING
$$;
