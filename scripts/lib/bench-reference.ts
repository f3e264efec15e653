// The bench's yardsticks (issue 13): a trivial SvelteKit page and a bare `node:http` answer, measured in the same
// run as the app's pages, so a page's throughput reads as a share of what the framework itself allows on this
// machine today. The SvelteKit page is a tiny project generated in a temp folder from this project's own installed
// packages (same Kit, Svelte, Vite and adapter-node), built once, and served like the app (bench-server.ts: the
// adapter's handler behind compressed.ts on a node:http server).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const FILES: Record<string, string> = {
	'package.json': JSON.stringify({ name: 'entrelien-bench-reference', private: true, type: 'module' }),
	'vite.config.js': `import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { defineConfig } from 'vite';
export default defineConfig({ plugins: [sveltekit({ adapter: adapter({ out: 'build' }) })] });
`,
	'src/app.html': `<!doctype html>
<html lang="fr">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		%sveltekit.head%
	</head>
	<body>
		<div>%sveltekit.body%</div>
	</body>
</html>
`,
	'src/routes/+page.svelte': `<svelte:head><title>Référence</title></svelte:head>
<h1>Bonjour</h1>
<p>Une page SvelteKit sans données, pour comparer.</p>
`
};

/** The folder of the built reference project; builds it when missing or when this file's template changed. */
export function buildReference(root: string, log: (line: string) => void): string {
	const dir = join(tmpdir(), 'entrelien-bench', 'reference-kit');
	const kit = JSON.parse(readFileSync(join(root, 'node_modules/@sveltejs/kit/package.json'), 'utf8')).version;
	const stamp = createHash('sha256').update(JSON.stringify(FILES)).update(kit).digest('hex');
	const stampFile = join(dir, 'build', '.stamp');
	if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return dir;
	log(`Construction de la page de référence SvelteKit ${kit} dans ${dir}…`);
	rmSync(dir, { recursive: true, force: true });
	for (const [name, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const built = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: dir,
		encoding: 'utf8'
	});
	if (built.status !== 0) throw new Error(`la page de référence ne se construit pas :\n${built.stdout}${built.stderr}`);
	writeFileSync(stampFile, stamp);
	return dir;
}
