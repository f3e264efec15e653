// The server stops at start with one sentence naming the wrong variable (before touching the database).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function serveWith(env: Record<string, string>) {
	return spawnSync(process.execPath, ['scripts/serve.ts'], {
		env: { ...process.env, ...env },
		encoding: 'utf8',
		timeout: 20_000
	});
}

describe('npm run serve with a wrong configuration', () => {
	it.each([
		[{ PORT: 'abc' }, 'Configuration invalide : PORT doit être un nombre entier entre 1 et 65535 (reçu : « abc »).'],
		[
			{ DATABASE_URL: 'mysql://x/y' },
			'Configuration invalide : DATABASE_URL doit commencer par postgres:// ou postgresql:// (reçu : « mysql:// »).'
		],
		[{ SMTP_URL: 'courrier' }, "Configuration invalide : SMTP_URL n'est pas une adresse valide (reçu : « courrier »)."]
	])('%o stops with exit code 1 and one clear sentence', (env, sentence) => {
		const result = serveWith(env);
		expect(result.status).toBe(1);
		expect(result.stderr.trim()).toBe(sentence);
	});
});
