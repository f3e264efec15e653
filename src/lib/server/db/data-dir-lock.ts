// One process at a time on a PGlite data directory. PGlite is PostgreSQL in one process, with no postmaster
// to refuse a second one: two processes on the same files each keep their own cache, overwrite each other's
// pages and lose acknowledged writes. So whoever opens a data directory first writes `entrelien.lock` in it
// (created exclusively, with its PID and start time) and the next opener is refused while that process lives.
// A lock left by a killed process (kill -9, power cut) is recognised as stale and taken over.
// Only Node built-ins here: a test's child process imports this file as is.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, join, relative } from 'node:path';
import { formatParis } from '../../paris-time.ts';

export const LOCK_FILE = 'entrelien.lock';

/** What the lock file says about its holder. */
export type LockHolder = {
	pid: number;
	/** Start time of the process in clock ticks since boot (/proc/<pid>/stat), to tell a reused PID apart. */
	startTicks: string | null;
	/** /proc/sys/kernel/random/boot_id: a lock written before the last reboot is stale whatever its PID. */
	bootId: string | null;
	host: string;
	since: string;
	command: string;
	/** Random per lock, so a holder only ever removes its own file. */
	token: string;
};

export type DataDirLock = { path: string; release: () => void };

export class DataDirLockedError extends Error {
	override name = 'DataDirLockedError';
}

/** True for the refusal above, even when it comes from another copy of this module (the built app's bundle). */
export function isDataDirLockedError(error: unknown): error is DataDirLockedError {
	return error instanceof Error && error.name === 'DataDirLockedError';
}

/** A file still being written by a process that is opening the directory right now is younger than this. */
const BEING_WRITTEN_MS = 10_000;

function readOrNull(path: string): string | null {
	try {
		return readFileSync(path, 'utf8').trim();
	} catch {
		return null;
	}
}

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses). */
function procStat(pid: number | 'self'): string[] | null {
	const raw = readOrNull(`/proc/${pid}/stat`);
	return raw ? raw.slice(raw.lastIndexOf(')') + 2).split(' ') : null;
}

function shownCommand(): string {
	const [, script, ...args] = process.argv;
	const parts = [basename(process.argv0 || 'node')];
	if (script) parts.push(relative(process.cwd(), script) || script, ...args);
	return parts.join(' ').slice(0, 200);
}

function thisProcess(): LockHolder {
	return {
		pid: process.pid,
		startTicks: procStat('self')?.[19] ?? null,
		bootId: readOrNull('/proc/sys/kernel/random/boot_id'),
		host: hostname(),
		since: new Date().toISOString(),
		command: shownCommand(),
		token: randomBytes(8).toString('hex')
	};
}

function parseHolder(raw: string): LockHolder | null {
	try {
		const holder = JSON.parse(raw) as LockHolder;
		return Number.isInteger(holder.pid) && typeof holder.token === 'string' ? holder : null;
	} catch {
		return null;
	}
}

/**
 * Whether the process named in the lock still runs. A holder on another machine (a shared disk) cannot be
 * checked from here, so it counts as alive. On Linux, the PID must also have the recorded start time (a PID
 * reused by an unrelated process has another one) and not be a zombie (exited, not yet reaped).
 */
export function holderIsAlive(holder: LockHolder, me: LockHolder = thisProcess()): boolean {
	if (holder.host !== me.host) return true;
	if (holder.bootId && me.bootId && holder.bootId !== me.bootId) return false;
	try {
		process.kill(holder.pid, 0);
	} catch (error) {
		// EPERM: the process exists but belongs to another user.
		if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
	}
	const stat = procStat(holder.pid);
	if (!stat || !holder.startTicks) return true;
	return stat[0] !== 'Z' && stat[19] === holder.startTicks;
}

function describe(holder: LockHolder): string {
	const since = new Date(holder.since);
	// Paris time, like every date the app shows (the machine's own time zone may be UTC).
	const when = formatParis(since, 'fr', 'dateTime');
	const where = holder.host === hostname() ? '' : ` sur la machine « ${holder.host} »`;
	return `PID ${holder.pid}${where}, « ${holder.command} », depuis le ${when}`;
}

function refusal(dataDir: string, path: string, holder: LockHolder | null): DataDirLockedError {
	if (!holder) {
		return new DataDirLockedError(
			`La base de données ${dataDir} est en train d'être ouverte par un autre processus : ` +
				`attendez qu'il ait démarré ou arrêtez-le, puis relancez.`
		);
	}
	const elsewhere = holder.host !== hostname() ? ` ; s'il est déjà arrêté, supprimez ${path}` : '';
	return new DataDirLockedError(
		`La base de données ${dataDir} est déjà ouverte par un autre processus (${describe(holder)}) : ` +
			`arrêtez-le ou choisissez un autre DATA_DIR, puis relancez${elsewhere}.`
	);
}

/** Creates the lock file only if none exists (O_EXCL), with its whole content. */
function tryCreate(path: string, content: string): boolean {
	let fd: number;
	try {
		fd = openSync(path, 'wx', 0o644);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	}
	try {
		writeSync(fd, content);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
	return true;
}

/**
 * Removes a stale lock, unless someone replaced it since we read it: it is moved aside first (an atomic
 * rename), then deleted only if it is still the content we judged stale; otherwise it is put back.
 */
function removeStale(path: string, staleContent: string): void {
	const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
	try {
		renameSync(path, aside);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
		throw error;
	}
	if (readOrNull(aside) === staleContent) unlinkSync(aside);
	else renameSync(aside, path);
}

function ageMs(path: string): number {
	try {
		return Date.now() - statSync(path).mtimeMs;
	} catch {
		return 0;
	}
}

/**
 * Takes the data directory for this process, or throws DataDirLockedError with one French sentence that names
 * the holder and says what to do. The lock goes on `release()` and, failing that, when the process exits.
 */
export function lockDataDir(dataDir: string): DataDirLock {
	const path = join(dataDir, LOCK_FILE);
	const me = thisProcess();
	const content = JSON.stringify(me);
	let taken = false;
	for (let attempt = 0; attempt < 5 && !taken; attempt++) {
		taken = tryCreate(path, content);
		if (taken) break;
		const raw = readOrNull(path);
		if (raw === null) continue; // released in between: try again
		const holder = parseHolder(raw);
		// An unreadable lock is either being written right now or was cut short by a crash long ago.
		const stale = holder ? !holderIsAlive(holder, me) : ageMs(path) > BEING_WRITTEN_MS;
		if (!stale) throw refusal(dataDir, path, holder);
		removeStale(path, raw);
	}
	// Still not ours after a few rounds: others are starting on this directory at the same moment.
	if (!taken) throw refusal(dataDir, path, parseHolder(readOrNull(path) ?? ''));
	let held = true;
	const release = () => {
		if (!held) return;
		held = false;
		process.off('exit', release);
		// Only our own lock: never delete a file another process wrote after ours was taken over.
		if (parseHolder(readOrNull(path) ?? '')?.token === me.token) unlinkSync(path);
	};
	process.on('exit', release);
	return { path, release };
}
