// An app of a journey's own, on a database the journey prepared (e.g. a post about to expire), sending its mail
// to the run's catcher (E2E_SMTP_URL), so `waitForMail` sees it. Stopped and deleted by `stop()`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../../scripts/lib/postgres-server.ts';

const NODE = join(process.cwd(), 'node_modules', '.bin', 'node');

export async function startOwnApp(seedScript: string, seedArgument: unknown) {
	const dir = mkdtempSync(join(tmpdir(), 'entrelien-own-app-'));
	const dataDir = join(dir, 'data');
	const seeded = spawnSync(NODE, [seedScript, dataDir, JSON.stringify(seedArgument)], { encoding: 'utf8' });
	if (seeded.status !== 0) throw new Error(`Seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	const server = spawn(NODE, ['scripts/serve.ts'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			ORIGIN: baseUrl,
			SMTP_URL: process.env.E2E_SMTP_URL
		},
		stdio: 'ignore'
	});
	for (let i = 0; i < 120; i++) {
		const up = await fetch(baseUrl, { redirect: 'manual' }).then(
			() => true,
			() => false
		);
		if (up) break;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return {
		baseUrl,
		stop: async () => {
			const exited = new Promise((resolve) => server.once('exit', resolve));
			server.kill('SIGTERM');
			await exited;
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
