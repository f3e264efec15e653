import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` diffs the schema and writes a reviewed SQL migration; no database needed.
export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/server/db/schema/index.ts',
	out: './migrations'
});
