-- French search that ignores accents and case: `unaccent` runs before the French stemmer, so « vélo », « velo »
-- and « VÉLOS » meet, and « réparations » meets « réparer ».
CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION french_unaccent
	ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change); this wrapper names the dictionary explicitly and is
-- declared IMMUTABLE so that generated columns and indexes can use it (the usual PostgreSQL recipe).
CREATE FUNCTION immutable_unaccent(value text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	RETURN public.unaccent('public.unaccent'::regdictionary, value);
--> statement-breakpoint
-- The key two names are compared by: no accents, lower case, single spaces.
CREATE FUNCTION name_key(value text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	RETURN lower(regexp_replace(btrim(immutable_unaccent(value)), '\s+', ' ', 'g'));
