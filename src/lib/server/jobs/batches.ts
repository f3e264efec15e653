// Sweeps work in small batches (issue 13): each batch is one short transaction of at most SWEEP_BATCH rows, and
// the event loop gets a turn between batches, so requests that arrived meanwhile are answered before the sweep
// goes on. One long loop of awaited queries would otherwise starve them (a 500-notice sweep froze the embedded
// database's server for 11 s: PGlite answers in the same thread, and promise callbacks never yield to I/O).
import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Rows per batch. The embedded database has one backend: a request's query waits for the batch's whole
 * transaction, so batches stay short (~25 ms for 10 expiry notices on PGlite on a loaded 2-core machine; 50 made
 * requests wait 70–120 ms at the median, docs/performance.md « Classement borné »).
 */
export const SWEEP_BATCH = 10;

/** Lets waiting requests (I/O callbacks, timers) run before the next piece of background work. */
export const yieldToRequests = (): Promise<void> => nextTurn();

/**
 * Runs `batch(size)` — which takes at most `size` rows in one transaction and returns how many it took — until
 * a batch takes fewer than asked (nothing left, or the rest is taken by another process) or `limit` rows are
 * done, yielding between batches. Returns how many rows were taken.
 */
export async function inBatches(
	limit: number,
	batch: (size: number) => Promise<number>,
	size = SWEEP_BATCH
): Promise<number> {
	let done = 0;
	while (done < limit) {
		const wanted = Math.min(size, limit - done);
		const taken = await batch(wanted);
		done += taken;
		if (taken < wanted) break;
		await yieldToRequests();
	}
	return done;
}
