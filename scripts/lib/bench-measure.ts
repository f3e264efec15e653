// Timing helpers of `npm run bench`: whole HTTP requests against the built server, percentiles, the table, the
// servers' start and stop, and their memory (resident set, children included).
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export type Measure = { base: string; what: string; samples: number[]; note?: string };

export function percentile(samples: number[], p: number): number {
	if (samples.length === 0) return NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Times one whole request (until the body is read); throws when the status is not the expected one. */
export async function timeRequest(url: string, cookie: string): Promise<{ ms: number; status: number }> {
	const start = performance.now();
	const response = await fetch(url, { headers: { cookie }, redirect: 'manual' });
	await response.arrayBuffer();
	return { ms: performance.now() - start, status: response.status };
}

/** Requests each URL `runs` times after a warm-up, one at a time (latency, not throughput). */
export async function measureUrls(urls: string[], cookie: string, runs: number, warmUp = 5): Promise<number[]> {
	for (const url of urls) {
		for (let i = 0; i < warmUp; i++) {
			const { status } = await timeRequest(url, cookie);
			if (status !== 200) throw new Error(`${url} a répondu ${status}`);
		}
	}
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		for (const url of urls) samples.push((await timeRequest(url, cookie)).ms);
	}
	return samples;
}

/** Times an in-process call (the domain function without HTTP), for comparison. */
export async function measureCalls(calls: (() => Promise<unknown>)[], runs: number): Promise<number[]> {
	for (const call of calls) await call();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		for (const call of calls) {
			const start = performance.now();
			await call();
			samples.push(performance.now() - start);
		}
	}
	return samples;
}

export function table(measures: Measure[]): string {
	const lines = ['| Base | Mesure | Requêtes | Médiane (ms) | p95 (ms) | Note |', '|---|---|---:|---:|---:|---|'];
	for (const m of measures) {
		const cells =
			m.samples.length > 0
				? [String(m.samples.length), percentile(m.samples, 50).toFixed(1), percentile(m.samples, 95).toFixed(1)]
				: ['—', '—', '—'];
		lines.push(`| ${m.base} | ${m.what} | ${cells.join(' | ')} | ${m.note ?? ''} |`);
	}
	return lines.join('\n');
}

/** Starts the built server (scripts/serve.ts, or another server script) and waits until it answers. */
export async function startServer(
	root: string,
	env: NodeJS.ProcessEnv,
	url: string,
	script = 'scripts/serve.ts'
): Promise<ChildProcess> {
	const child = spawn(process.execPath, [script], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
	const log: string[] = [];
	child.stdout!.on('data', (chunk: Buffer) => log.push(chunk.toString('utf8')));
	child.stderr!.on('data', (chunk: Buffer) => log.push(chunk.toString('utf8')));
	const deadline = Date.now() + 120_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`le serveur s'est arrêté :\n${log.join('')}`);
		try {
			await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
			return child;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
	}
	child.kill('SIGKILL');
	throw new Error(`le serveur ne répond pas :\n${log.join('')}`);
}

export async function stopServer(child: ChildProcess | undefined): Promise<void> {
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
	await exited;
	clearTimeout(timer);
}

/** Resident memory in MB of a process and its descendants (a database worker process would count too). */
export function rssMb(pid: number): number {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			// The parent pid is the 4th field, after the command name in parentheses (which may hold spaces).
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// The process ended while we listed them.
		}
	}
	let kb = 0;
	const pending = [pid];
	while (pending.length > 0) {
		const current = pending.pop()!;
		try {
			const status = readFileSync(`/proc/${current}/status`, 'utf8');
			kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
		} catch {
			continue;
		}
		pending.push(...(children.get(current) ?? []));
	}
	return kb / 1024;
}
