// Throughput under load for `npm run bench` (issue 13): autocannon with 10 connections, each target in turn for
// a round, several rounds, so that a change in the machine's load (2 cores shared) falls on every target alike.
// Every request asks for compression like a browser does. Latencies are collected from each answer, so the p95
// is exact (autocannon's own table has no 95th percentile).
import autocannon, { type Request } from 'autocannon';
import { loadavg } from 'node:os';
import { percentile } from './bench-measure.ts';

export const BROWSER_HEADERS = { 'accept-encoding': 'br, gzip', accept: 'text/html' };

export type Target = { key: string; url: string; headers?: Record<string, string>; requests?: Request[] };
export type Fired = { requests: number; seconds: number; latencies: number[]; failed: number };
export type Load = Fired & { rounds: number[] };

/** One autocannon run; `failed` counts errors, timeouts and answers other than 2xx. */
export async function fire(target: Target, connections: number, seconds: number): Promise<Fired> {
	const latencies: number[] = [];
	const instance = autocannon({
		url: target.url,
		connections,
		duration: seconds,
		timeout: 30,
		headers: { ...BROWSER_HEADERS, ...target.headers },
		requests: target.requests
	});
	instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
	const result = await instance;
	return {
		requests: result.requests.total,
		seconds: result.duration,
		latencies,
		failed: result.errors + result.timeouts + result.non2xx
	};
}

export const rate = (load: Fired) => load.requests / load.seconds;
export const p95 = (load: Fired) => percentile(load.latencies, 95);

/**
 * Warms each target up, then runs `rounds` rounds in which every target gets `seconds` of load, the order turned
 * by one each round. Returns each target's requests, time and latencies over all rounds.
 */
export async function alternate(
	targets: Target[],
	options: { rounds: number; seconds: number; warmUp: number; connections: number; log: (line: string) => void }
): Promise<Map<string, Load>> {
	const { rounds, seconds, connections, log } = options;
	for (const target of targets) await fire(target, connections, options.warmUp);
	const loads = new Map<string, Load>(
		targets.map((t) => [t.key, { requests: 0, seconds: 0, latencies: [], failed: 0, rounds: [] }])
	);
	for (let round = 0; round < rounds; round++) {
		const order = [...targets.slice(round % targets.length), ...targets.slice(0, round % targets.length)];
		for (const target of order) {
			const fired = await fire(target, connections, seconds);
			const load = loads.get(target.key)!;
			load.requests += fired.requests;
			load.seconds += fired.seconds;
			load.failed += fired.failed;
			for (const ms of fired.latencies) load.latencies.push(ms);
			load.rounds.push(rate(fired));
			log(
				`  tour ${round + 1}/${rounds} ${target.key} : ${rate(fired).toFixed(0)} req/s, ` +
					`p95 ${p95(fired).toFixed(1)} ms${fired.failed ? `, ${fired.failed} en échec` : ''} ` +
					`(charge ${loadavg()[0].toFixed(1)})`
			);
		}
	}
	return loads;
}
