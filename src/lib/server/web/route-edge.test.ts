// The route edge is a lint rule, not a habit (issue 12): ESLint with the project's own configuration passes every
// route of src/routes, and refuses a route that bypasses the edge — a load without guard, an action without
// handleForm, the query or the body read by hand, a permission or the current network worked out in the route.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The rules a route written this way breaks, with their messages. */
async function problems(code: string, path = 'src/routes/exemple/+page.server.ts') {
	const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
	return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const routeFiles = readdirSync(`${root}src/routes`, { recursive: true, encoding: 'utf8' }).filter((file) =>
	/(^|\/)\+(page\.server|layout\.server|server)\.ts$/.test(file)
);

describe('the route edge lint rules', () => {
	it('pass every route of the project', async () => {
		expect(routeFiles.length).toBeGreaterThan(60);
		const results = await eslint.lintFiles(routeFiles.map((file) => `src/routes/${file}`));
		const failures = results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line} ${m.ruleId} ${m.message}`));
		expect(failures).toEqual([]);
	}, 60_000);

	it('refuse a load and an action that bypass guard and handleForm', async () => {
		const found = await problems(`
			import { listPosts } from '#lib/server/posts/list-posts.ts';
			import { scopeOf } from '#lib/server/web/scope.ts';
			export const load = async (event) => ({ list: await listPosts(scopeOf(event)) });
			export const actions = { default: async (_event) => ({ done: true }) };
		`);
		expect(found).toEqual([
			expect.stringMatching(/^entrelien\/route-edge: `load` must go through the edge/),
			expect.stringMatching(/^entrelien\/route-edge: `actions.default` must go through the edge/)
		]);
	});

	it('refuse a +server.ts handler without guard, and handlers it cannot read', async () => {
		expect(await problems('export const GET = () => new Response("x");', 'src/routes/x/+server.ts')).toEqual([
			expect.stringMatching(/`GET` must go through the edge/)
		]);
		expect(await problems('const load = () => ({}); export { load };')).toEqual([
			expect.stringMatching(/`load` must be written here/)
		]);
	});

	it('refuse the scope, the query, the body and the refusals worked out by hand', async () => {
		const found = await problems(`
			import { requireCoordinator } from '#lib/server/auth/policies.ts';
			import { currentNetworkId } from '#lib/server/web/current-network.ts';
			import { AppError } from '#lib/server/errors.ts';
			import { requireGroupCoordinator } from '#lib/server/groups/group-access.ts';
			import { guard } from '#lib/server/web/guard.ts';
			export const load = (event) =>
				guard(event, async () => {
					requireCoordinator(event.locals.actor, currentNetworkId(event.locals));
					const page = event.url.searchParams.get('page');
					const data = await event.request.formData();
					if (!page) throw new AppError('not_found');
					return { page, data, requireGroupCoordinator };
				});
		`);
		const imports = found.filter((p) => p.startsWith('no-restricted-imports'));
		for (const module of ['auth/policies', 'web/current-network', 'server/errors', 'groups/group-access']) {
			expect(imports.some((p) => p.includes(module))).toBe(true);
		}
		// requireCoordinator is refused twice: from auth/, and as a require* function.
		expect(
			imports.filter((p) => p.includes("'requireCoordinator'") || p.includes("'requireGroupCoordinator'"))
		).toHaveLength(2);
		expect(found.filter((p) => p.startsWith('no-restricted-syntax'))).toEqual([
			expect.stringMatching(/scopeOf/),
			expect.stringMatching(/scopeOf/),
			expect.stringMatching(/handleQuery/),
			expect.stringMatching(/readUpload/)
		]);
	});
});
