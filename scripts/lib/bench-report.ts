// The tables `npm run bench` prints (issue 13): every page's throughput on PostgreSQL and PGlite side by side with
// the two yardsticks, and the goals as ✓/✗; then the servers' memory. Markdown, ready for docs/performance.md.
import { p95, rate, type Load } from './bench-load.ts';

export const GOALS = {
	/** Every page on PostgreSQL: at least this many requests per second, with this p95… */
	rps: 500,
	p95Ms: 50,
	/** …and at least this share of the reference SvelteKit page (the login page: half). */
	share: 0.15,
	loginShare: 0.5,
	/** PGlite: at least this share of PostgreSQL's throughput on the same page. */
	pgliteShare: 2 / 3,
	/** Server memory after the mixed load, in MB, and its growth over the last part of it. */
	rssMb: { PostgreSQL: 400, PGlite: 700 } as Record<string, number>,
	flatGrowth: 0.1
};

export type PageRow = { page: string; login: boolean; loads: Record<string, Load | undefined> };

const mark = (ok: boolean) => (ok ? '✓' : '✗');
const cell = (load: Load | undefined) =>
	load
		? `${rate(load).toFixed(0)} (${p95(load).toFixed(0)} ms)${load.failed ? ` ⚠ ${load.failed} en échec` : ''}`
		: '—';
const percent = (x: number) => `${(100 * x).toFixed(x < 0.1 ? 1 : 0)} %`;

/** One line per page, PostgreSQL and PGlite side by side, then the goals. */
export function goalsTable(rows: PageRow[], reference: Load, bare: Load): string {
	const lines = [
		'| Page | PostgreSQL req/s (p95) | PGlite req/s (p95) | part de la référence (PG / PGlite) | PGlite / PG | Objectifs |',
		'|---|---:|---:|---:|---:|---|',
		`| page SvelteKit de référence | ${cell(reference)} | | 100 % | | |`,
		`| \`node:http\` nu | ${cell(bare)} | | ${percent(rate(bare) / rate(reference))} | | |`
	];
	for (const row of rows) {
		const pg = row.loads.PostgreSQL;
		const lite = row.loads.PGlite;
		const share = (load: Load | undefined) => (load ? rate(load) / rate(reference) : NaN);
		const goals: string[] = [];
		if (pg) {
			const wanted = row.login ? GOALS.loginShare : GOALS.share;
			goals.push(`≥ ${GOALS.rps} req/s ${mark(rate(pg) >= GOALS.rps)}`);
			goals.push(`p95 < ${GOALS.p95Ms} ms ${mark(p95(pg) < GOALS.p95Ms)}`);
			goals.push(`≥ ${percent(wanted)} de la référence ${mark(share(pg) >= wanted)}`);
		}
		if (pg && lite) goals.push(`PGlite ≥ 2/3 de PG ${mark(rate(lite) / rate(pg) >= GOALS.pgliteShare)}`);
		const shares = [pg, lite].map((l) => (l ? percent(share(l)) : '—')).join(' / ');
		const ratio = pg && lite ? (rate(lite) / rate(pg)).toFixed(2) : '—';
		lines.push(`| ${row.page} | ${cell(pg)} | ${cell(lite)} | ${shares} | ${ratio} | ${goals.join(', ')} |`);
	}
	return lines.join('\n');
}

export type Memory = { base: string; start: number; afterRounds: number; samples: { second: number; mb: number }[] };

/** RSS at start, after the rounds, during the mixed load, and whether it stays under the goal and flat. */
export function memoryTable(memories: Memory[], soakSeconds: number): string {
	const lines = [
		'| Serveur | RSS au départ | après les tours | pendant la charge mixte | à la fin | Objectif | Plat à la fin |',
		'|---|---:|---:|---|---:|---|---|'
	];
	for (const m of memories) {
		const end = m.samples.at(-1)?.mb ?? m.afterRounds;
		// Flat: the last 40 % of the mixed load (the last 2 of 5 minutes) grows the RSS by at most 10 %.
		const from = m.samples.find((s) => s.second >= soakSeconds * 0.6)?.mb ?? end;
		const growth = end / from - 1;
		const goal = GOALS.rssMb[m.base];
		const during = m.samples.map((s) => `${s.second} s : ${s.mb.toFixed(0)}`).join(', ');
		lines.push(
			`| ${m.base} | ${m.start.toFixed(0)} Mo | ${m.afterRounds.toFixed(0)} Mo | ${during} | ${end.toFixed(0)} Mo | ` +
				`< ${goal} Mo ${mark(end < goal)} | ${growth >= 0 ? '+' : ''}${(100 * growth).toFixed(1)} % ` +
				`${mark(growth <= GOALS.flatGrowth)} |`
		);
	}
	return lines.join('\n');
}
