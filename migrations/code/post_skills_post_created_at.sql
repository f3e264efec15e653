-- post_skills_post_created_at: applied after the migrations at every start when this file changed (decision 026);
-- first created by 0020_post_skills_newest.sql.
-- A post's skill row carries the post's creation date (which never changes), so a skill's newest posts are read
-- from post_skills_skill_newest_idx, newest first, without visiting every post of the skill (issue 13).
CREATE OR REPLACE FUNCTION "post_skills_post_created_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	-- A missing post keeps the default: the foreign key then refuses the row with its own error.
	NEW.post_created_at := coalesce((SELECT p.created_at FROM posts p WHERE p.id = NEW.post_id), NEW.post_created_at);
	RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS "post_skills_post_created_at" ON "post_skills";
CREATE TRIGGER "post_skills_post_created_at" BEFORE INSERT OR UPDATE OF post_id, post_created_at ON "post_skills"
	FOR EACH ROW EXECUTE FUNCTION "post_skills_post_created_at"();
