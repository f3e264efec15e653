DROP INDEX "post_skills_skill_idx";--> statement-breakpoint
ALTER TABLE "post_skills" ADD COLUMN "post_created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
-- Existing rows take their post's creation date; new ones get it from the trigger post_skills_post_created_at.
UPDATE "post_skills" ps SET "post_created_at" = p."created_at" FROM "posts" p WHERE p."id" = ps."post_id";--> statement-breakpoint
CREATE INDEX "post_skills_skill_newest_idx" ON "post_skills" USING btree ("skill_id","post_created_at" DESC NULLS LAST,"post_id");
