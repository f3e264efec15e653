// A small per-process cache for values that are costly to compute and may be a little stale (the home page's
// suggestions, issue 13): at most `max` entries, the least recently read dropped first, each kept `ttlMs` and
// only for the `stamp` it was computed for (what the caller reads cheaply from the database to tell that the
// inputs it cares about changed). Requests that arrive while a value is being computed share that computation.
// Several app processes each keep their own: a value is never older than `ttlMs`, whatever process serves it.
import { now } from '../clock.ts';

type Entry<V> = { at: number; stamp: string; value: Promise<V> };

export class BoundedCache<V> {
	readonly #entries = new Map<string, Entry<V>>();
	readonly #max: number;
	readonly #ttlMs: number;

	constructor(options: { max: number; ttlMs: number }) {
		this.#max = options.max;
		this.#ttlMs = options.ttlMs;
	}

	get size(): number {
		return this.#entries.size;
	}

	/** The value kept for `key` when it is younger than the TTL and was computed for `stamp`; else computes it. */
	get(key: string, stamp: string, compute: () => Promise<V>): Promise<V> {
		const at = now().getTime();
		const found = this.#entries.get(key);
		// A Map iterates in insertion order: reinserting a key makes it the most recently used.
		if (found) this.#entries.delete(key);
		// `at >= found.at`: a clock moved back (tests) does not keep a value forever.
		if (found && found.stamp === stamp && at >= found.at && at - found.at < this.#ttlMs) {
			this.#entries.set(key, found);
			return found.value;
		}
		const entry: Entry<V> = { at, stamp, value: compute() };
		this.#entries.set(key, entry);
		// A failure is not kept: the next reader tries again (and gets its own error).
		entry.value.catch(() => {
			if (this.#entries.get(key) === entry) this.#entries.delete(key);
		});
		for (const oldest of this.#entries.keys()) {
			if (this.#entries.size <= this.#max) break;
			this.#entries.delete(oldest);
		}
		return entry.value;
	}

	clear(): void {
		this.#entries.clear();
	}
}
