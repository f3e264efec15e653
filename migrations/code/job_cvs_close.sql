-- job_cvs_close: applied after the migrations at every start when this file changed (decision 026); decision 031.
-- A CV attached to a job-search request lives only while the request is open: the moment the post is closed or
-- marked fulfilled, its CV is deleted in the same transaction, whatever code closed it. (Expiry changes no row:
-- the sweep delete-expired-cvs.ts deletes those, and reading refuses an expired request's CV before that.)
CREATE OR REPLACE FUNCTION job_cvs_close() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM job_cvs WHERE post_id = NEW.id;
	RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS "job_cvs_close" ON "posts";
CREATE TRIGGER job_cvs_close AFTER UPDATE OF status ON posts
	FOR EACH ROW WHEN (NEW.status <> 'open') EXECUTE FUNCTION job_cvs_close();
