import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { holdInChild, killHard } from '../../tests/data-dir-holder.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function seedCity(env: Record<string, string>) {
	const { DATABASE_URL: _ignored, ...inherited } = process.env;
	return spawnSync(process.execPath, ['scripts/seed-city.ts', '--members', '1', '--posts', '0'], {
		cwd: ROOT,
		env: { ...inherited, ...env },
		encoding: 'utf8'
	});
}

it('a script on a data directory another process holds stops with its one sentence, without a stack trace', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'entrelien-lock-'));
	const holder = await holdInChild(dir);
	try {
		const run = seedCity({ DATA_DIR: dir });
		expect(run.status).toBe(1);
		expect(run.stderr.trim()).toMatch(
			new RegExp(
				`^La base de données ${dir} est déjà ouverte par un autre processus \\(PID ${holder.pid}, .*, puis relancez\\.$`
			)
		);
	} finally {
		await killHard(holder);
		rmSync(dir, { recursive: true, force: true });
	}
});

it('a wrong configuration stops a script the same way', () => {
	const run = seedCity({ PORT: 'abc' });
	expect(run.status).toBe(1);
	expect(run.stderr.trim()).toBe(
		'Configuration invalide : PORT doit être un nombre entier entre 1 et 65535 (reçu : « abc »).'
	);
});
