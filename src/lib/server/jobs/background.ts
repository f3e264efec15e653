// The process's background work (the job worker), kept on globalThis like db/held-data-dirs.ts: the built server
// is a bundle with its own copy of these modules, and scripts/serve.ts must stop that work before it closes the
// database at shutdown — else a sweep still running meets a closed database. Only plain code here: serve.ts
// imports this file without loading the database's modules.

/** Stops one piece of background work and resolves once what it was doing has ended. */
export type StopBackgroundWork = () => Promise<void>;

const KEY = Symbol.for('entrelien.backgroundWork');

const running = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Set()) as Set<StopBackgroundWork>;

/** Registers work to stop at shutdown; returns how to take it off the list (when it is stopped another way). */
export function registerBackgroundWork(stop: StopBackgroundWork): () => void {
	running.add(stop);
	return () => running.delete(stop);
}

/** Stops every registered piece of background work and waits for each to end what it was doing. */
export async function stopBackgroundWork(): Promise<void> {
	const stops = [...running];
	running.clear();
	await Promise.allSettled(stops.map((stop) => stop()));
}
