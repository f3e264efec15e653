// Opens and migrates the database chosen by the configuration, and makes it the process's database.
// PGlite runs in a thread of its own (pglite-thread.ts, decision 027), so its queries do not take turns with
// page rendering on the main thread.
import { mkdirSync } from 'node:fs';
import type { Config } from '../config.ts';
import { openPostgres, useConnection, wrapPglite, type Connection } from './client.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { heldDataDirs, type HeldDataDir } from './held-data-dirs.ts';
import { migratePostgresDatabase } from './migrate.ts';
import { startPgliteThread, type PgliteThread } from './pglite-thread.ts';

export type OpenOptions = {
	/** What to do if the PGlite thread dies (a WASM crash): by default, say so and stop the process. */
	onCrash?: (error: Error) => void;
};

export async function openDatabase(
	config: Pick<Config, 'databaseUrl' | 'dataDir'>,
	options: OpenOptions = {}
): Promise<Connection> {
	const connection = config.databaseUrl
		? await openPostgresDatabase(config.databaseUrl)
		: await openPglite(config.dataDir, options.onCrash ?? stopProcess);
	useConnection(connection);
	return connection;
}

async function openPostgresDatabase(url: string): Promise<Connection> {
	await migratePostgresDatabase(url);
	return openPostgres(url);
}

// A request waiting on a database that is gone would hang: the process stops instead, with the reason.
function stopProcess(error: Error): void {
	console.error(error.message);
	process.exit(1);
}

type OpenDataDir = HeldDataDir & { thread: PgliteThread };

/** PGlite on a data directory that this process alone holds until close (data-dir-lock.ts, decision 003). */
async function openPglite(dataDir: string, onCrash: (error: Error) => void): Promise<Connection> {
	let opening = heldDataDirs.get(dataDir) as Promise<OpenDataDir> | undefined;
	if (opening) {
		await (await opening).thread.migrate();
	} else {
		opening = holdDataDir(dataDir, onCrash);
		heldDataDirs.set(dataDir, opening);
		opening.catch(() => heldDataDirs.delete(dataDir));
	}
	const { thread, close } = await opening;
	return {
		...wrapPglite(thread),
		close,
		checkpoint: () => thread.checkpoint(),
		listen: (channel, onPayload) => thread.listen(channel, onPayload)
	};
}

async function holdDataDir(dataDir: string, onCrash: (error: Error) => void): Promise<OpenDataDir> {
	mkdirSync(dataDir, { recursive: true });
	const lock = lockDataDir(dataDir);
	let thread: PgliteThread;
	try {
		thread = await startPgliteThread({ dataDir, onCrash });
	} catch (error) {
		lock.release();
		throw error;
	}
	let closing: Promise<void> | undefined;
	const held: OpenDataDir = {
		thread,
		close: () =>
			(closing ??= (async () => {
				const entry = heldDataDirs.get(dataDir);
				if (entry && (await entry.catch(() => undefined)) === held) heldDataDirs.delete(dataDir);
				try {
					await thread.close();
				} finally {
					lock.release();
				}
			})())
	};
	return held;
}
