-- Extensions used by search (unaccent, pg_trgm) and by booking exclusion constraints (btree_gist).
-- All three are "trusted" since PostgreSQL 13: the database owner may create them without superuser rights.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;
