-- name_key: applied after the migrations at every start when this file changed (decision 026);
-- first created by 0002_search_config.sql.
-- The key two names are compared by: no accents, lower case, single spaces.
CREATE OR REPLACE FUNCTION name_key(value text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	RETURN lower(regexp_replace(btrim(immutable_unaccent(value)), '\s+', ' ', 'g'));
