DROP INDEX "posts_latest_idx";--> statement-breakpoint
DROP INDEX "posts_theme_idx";--> statement-breakpoint
DROP INDEX "posts_search_idx";--> statement-breakpoint
CREATE INDEX "posts_live_latest_idx" ON "posts" USING btree ("network_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST,"expires_at","kind") WHERE "posts"."status" = 'open';--> statement-breakpoint
CREATE INDEX "posts_live_theme_idx" ON "posts" USING btree ("network_id","theme_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST,"expires_at","kind") WHERE "posts"."status" = 'open';--> statement-breakpoint
CREATE INDEX "posts_open_search_idx" ON "posts" USING gin ("search") WHERE "posts"."status" = 'open';