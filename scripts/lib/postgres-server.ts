// Starts a throwaway PostgreSQL server for tests and benchmarks: a temp directory, a free loopback port,
// stopped afterwards. Uses the machine's server binaries, installing Debian's `postgresql` if there are none.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aptInstall, firstExisting } from './system-packages.ts';

export type PostgresServer = { url: (database: string) => string; stop: () => void };

function findBinDir(): string | undefined {
	const fromPath = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).stdout.trim();
	const versions = (() => {
		try {
			return readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
		} catch {
			return [];
		}
	})();
	const candidates = versions.map((v) => `/usr/lib/postgresql/${v}/bin/pg_ctl`);
	const pgCtl = firstExisting(fromPath ? [...candidates, fromPath] : candidates);
	return pgCtl?.replace(/\/pg_ctl$/, '');
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

export async function startPostgresServer(): Promise<PostgresServer> {
	let binDir = findBinDir();
	if (!binDir) {
		aptInstall('postgresql');
		binDir = findBinDir();
		if (!binDir) throw new Error('PostgreSQL est installé mais pg_ctl reste introuvable.');
	}
	const root = mkdtempSync(join(tmpdir(), 'entrelien-pg-'));
	const dataDir = join(root, 'data');
	const port = await freePort();
	// PostgreSQL refuses to run as root: run it as the `postgres` system user then.
	const asRoot = process.getuid?.() === 0;
	if (asRoot) {
		chmodSync(root, 0o755);
		const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
		const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
		chownSync(root, uid, gid);
	}
	const run = (program: string, args: string[]) => {
		const command = [join(binDir!, program), ...args];
		const result = asRoot
			? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', command.map(shellQuote).join(' ')], { encoding: 'utf8' })
			: spawnSync(command[0], command.slice(1), { encoding: 'utf8' });
		if (result.status !== 0) throw new Error(`${program} a échoué : ${result.stderr || result.stdout}`);
	};
	const password = 'entrelien-test';
	const pwFile = join(root, 'pw');
	writeFileSync(pwFile, password);
	if (asRoot) chownSync(pwFile, Number(execFileSync('id', ['-u', 'postgres']).toString()), 0);
	run('initdb', [
		'-D',
		dataDir,
		'-U',
		'entrelien',
		'--pwfile',
		pwFile,
		'-A',
		'scram-sha-256',
		'-E',
		'UTF8',
		'--locale',
		'C.UTF-8'
	]);
	rmSync(pwFile);
	const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
	run('pg_ctl', ['-D', dataDir, '-o', options, '-l', join(root, 'server.log'), '-w', 'start']);
	let stopped = false;
	return {
		url: (database) => `postgres://entrelien:${password}@127.0.0.1:${port}/${database}`,
		stop: () => {
			if (stopped) return;
			stopped = true;
			try {
				run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
			} finally {
				rmSync(root, { recursive: true, force: true });
			}
		}
	};
}

function shellQuote(value: string): string {
	return `'${value.replace(/'/g, `'\\''`)}'`;
}
