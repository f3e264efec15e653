DROP INDEX "member_skills_skill_idx";--> statement-breakpoint
CREATE INDEX "memberships_not_active_idx" ON "memberships" USING btree ("network_id","account_id") WHERE "memberships"."status" <> 'active';--> statement-breakpoint
CREATE INDEX "member_skills_skill_idx" ON "member_skills" USING btree ("skill_id","direction","network_id","account_id","created_at");