// The part of autocannon (no types of its own) that the bench uses (scripts/lib/bench-load.ts).
declare module 'autocannon' {
	import type { EventEmitter } from 'node:events';

	export type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
	export type Options = {
		url: string;
		connections?: number;
		/** Seconds. */
		duration?: number;
		/** Seconds before a request counts as timed out. */
		timeout?: number;
		headers?: Record<string, string>;
		/** Cycled through by each connection, in order. */
		requests?: Request[];
	};
	export type Result = {
		requests: { average: number; total: number };
		duration: number;
		errors: number;
		timeouts: number;
		non2xx: number;
	};
	/** Emits 'response' (client, statusCode, bytes, milliseconds) for each answer; resolves when done. */
	export type Instance = EventEmitter & PromiseLike<Result>;
	export default function autocannon(options: Options): Instance;
}
