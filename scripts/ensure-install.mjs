// Installs the dependencies when they are missing or older than package.json / package-lock.json.
// Plain JavaScript on purpose: on a fresh clone it runs on the machine's Node (maybe 20), before the
// project's own Node 24 (the `node` npm package) exists in node_modules/.bin.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = (/** @type {string} */ path) => join(root, path);
// npm rewrites this file after each install; its date tells when node_modules last matched the manifests.
const marker = at('node_modules/.package-lock.json');
const mtime = (/** @type {string} */ path) => (existsSync(path) ? statSync(path).mtimeMs : undefined);

function needsInstall() {
	if (!existsSync(at('node_modules/.bin/node'))) return true;
	const installedAt = mtime(marker);
	if (installedAt === undefined) return true;
	return ['package.json', 'package-lock.json'].some((file) => (mtime(at(file)) ?? 0) > installedAt);
}

if (needsInstall()) {
	// `npm install`, not `npm ci`: npm 11 judges a lock file without other platforms' optional packages
	// (e.g. @lix-js/sdk-darwin-arm64) "out of sync" and `npm ci` refuses it; `npm install` follows the lock.
	const args = ['install', '--no-audit', '--no-fund'];
	console.log(`Installation des dépendances (npm ${args[0]})…`);
	const result = spawnSync('npm', args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
	if (result.status !== 0 || !existsSync(at('node_modules/.bin/node'))) {
		const reason = result.error ? result.error.message : `code de sortie ${result.status ?? result.signal}`;
		console.error(`\nÉchec de l'installation des dépendances (npm ${args[0]}, ${reason}).`);
		console.error("Vérifiez l'accès au registre npm, puis relancez la commande.");
		process.exit(1);
	}
	// npm leaves the marker untouched when nothing changed: date it now so the next run skips npm.
	if (existsSync(marker)) {
		const now = new Date();
		utimesSync(marker, now, now);
	}
}
