// The PGlite data directories this process holds, by path, kept on globalThis: `vite dev` re-evaluates the
// server's modules after an edit and runs the `init` hook again in the same process, and the built server is a
// bundle with its own copy of these modules; both must find the database already open (opening its files a second
// time is what the lock prevents), and scripts/serve.ts must be able to close it at shutdown.
// Only types here: scripts/serve.ts imports this file without loading the database's modules.

export type HeldDataDir = {
	/** Checkpoints and closes the database, ends its thread and gives the lock back. */
	close: () => Promise<void>;
};

const HELD = Symbol.for('entrelien.heldDataDirs');

export const heldDataDirs = ((globalThis as Record<symbol, unknown>)[HELD] ??= new Map()) as Map<
	string,
	Promise<HeldDataDir>
>;

/** Closes every embedded database of the process (clean shutdown): the data directories are left checkpointed. */
export async function closeEmbeddedDatabases(): Promise<void> {
	const opened = await Promise.allSettled([...heldDataDirs.values()]);
	await Promise.allSettled(opened.map((held) => (held.status === 'fulfilled' ? held.value.close() : undefined)));
}
