import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { currentConnection, sqlRows, useConnection } from './client.ts';
import { DataDirLockedError, LOCK_FILE, lockDataDir, type LockHolder } from './data-dir-lock.ts';
import { openDatabase } from './open.ts';
import { holdInChild, killHard } from '../../../../tests/data-dir-holder.ts';

let dir: string;
let children: ChildProcess[] = [];

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'entrelien-lock-'));
});

afterEach(async () => {
	for (const child of children) await killHard(child);
	children = [];
	rmSync(dir, { recursive: true, force: true });
});

/** A lock file as another process would have left it; by default, this process's PID on this machine. */
function writeLock(holder: Partial<LockHolder>) {
	const written: LockHolder = {
		pid: process.pid,
		startTicks: null,
		bootId: null,
		host: hostname(),
		since: new Date().toISOString(),
		command: 'node scripts/serve.ts',
		token: 'x',
		...holder
	};
	writeFileSync(join(dir, LOCK_FILE), JSON.stringify(written));
}

const onLinux = existsSync('/proc/self/stat');

describe('the data directory lock', () => {
	it('refuses a second opener while the first process lives, naming it and saying what to do', async () => {
		const child = await holdInChild(dir);
		children.push(child);

		let refusal: unknown;
		try {
			lockDataDir(dir);
		} catch (error) {
			refusal = error;
		}
		expect(refusal).toBeInstanceOf(DataDirLockedError);
		const message = (refusal as Error).message;
		expect(message).toContain(`La base de données ${dir} est déjà ouverte par un autre processus (PID ${child.pid}, `);
		expect(message).toMatch(/« node[^»]* », depuis le \d{1,2} \p{L}+ \d{4} à \d\d:\d\d\)/u);
		expect(message).toContain('arrêtez-le ou choisissez un autre DATA_DIR, puis relancez.');
		// One sentence: a single full stop, at the end.
		expect(message.match(/\.(\s|$)/g)).toHaveLength(1);
	});

	it('lets the next opener in after the holder was killed with SIGKILL', async () => {
		const child = await holdInChild(dir);
		await killHard(child);
		expect(existsSync(join(dir, LOCK_FILE))).toBe(true);

		const lock = lockDataDir(dir);
		expect(JSON.parse(readFileSync(lock.path, 'utf8')).pid).toBe(process.pid);
		lock.release();
	});

	it('is released by release(), and the next opener gets it', () => {
		const first = lockDataDir(dir);
		expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
		first.release();
		expect(existsSync(join(dir, LOCK_FILE))).toBe(false);

		const second = lockDataDir(dir);
		second.release();
	});

	it.runIf(onLinux)('does not count a reused PID: the start time must match', () => {
		writeLock({ startTicks: '1' });
		const lock = lockDataDir(dir);
		lock.release();
	});

	it.runIf(onLinux)('does not count a lock written before the machine restarted', () => {
		writeLock({ bootId: 'une-autre-session' });
		const lock = lockDataDir(dir);
		lock.release();
	});

	it('refuses a holder on another machine, which it cannot check, and says which file to remove', () => {
		writeLock({ host: 'autre-serveur', pid: 999_999 });
		expect(() => lockDataDir(dir)).toThrow(
			`(PID 999999 sur la machine « autre-serveur », « node scripts/serve.ts », depuis le `
		);
		expect(() => lockDataDir(dir)).toThrow(`s'il est déjà arrêté, supprimez ${join(dir, LOCK_FILE)}.`);
	});

	it('never removes a lock that another process wrote after taking ours over', () => {
		const lock = lockDataDir(dir);
		writeLock({ token: 'someone-else' });
		lock.release();
		expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).token).toBe('someone-else');
	});
});

describe('openDatabase on a PGlite data directory', () => {
	it('refuses a directory another process holds, before touching its files', async () => {
		children.push(await holdInChild(dir));
		await expect(openDatabase({ dataDir: dir, databaseUrl: undefined })).rejects.toThrow(DataDirLockedError);
		expect(existsSync(join(dir, 'PG_VERSION'))).toBe(false);
	});

	it.runIf(inject('database').kind === 'pglite')(
		'holds the directory until close; a second open in the same process (vite dev re-running init) shares it',
		async () => {
			const testConnection = currentConnection();
			try {
				const first = await openDatabase({ dataDir: dir, databaseUrl: undefined });
				await expect(holdInChild(dir)).rejects.toThrow(`est déjà ouverte par un autre processus (PID ${process.pid}, `);

				const second = await openDatabase({ dataDir: dir, databaseUrl: undefined });
				await first.db.execute(sql`create table shared_check (x int)`);
				await first.db.execute(sql`insert into shared_check values (1)`);
				expect(await sqlRows(second.db, sql`select x from shared_check`)).toEqual([{ x: 1 }]);

				await second.close();
				expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
				const child = await holdInChild(dir);
				children.push(child);
			} finally {
				useConnection(testConnection);
			}
		},
		60_000
	);
});
