-- immutable_unaccent: applied after the migrations at every start when this file changed (decision 026);
-- first created by 0002_search_config.sql.
-- unaccent() is only STABLE (its dictionary could change); this wrapper names the dictionary explicitly and is
-- declared IMMUTABLE so that generated columns and indexes can use it (the usual PostgreSQL recipe).
CREATE OR REPLACE FUNCTION immutable_unaccent(value text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	RETURN public.unaccent('public.unaccent'::regdictionary, value);
