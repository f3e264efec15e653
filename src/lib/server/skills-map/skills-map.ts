// « Carte des savoirs » (decision 034): by theme and by skill, how many active members can share it and wish to
// learn it, the live offers and requests about it, and the events held on it — gaps first (wished, nobody shares).
// Coordinators see exact figures with filters; members see a simpler map where 1 and 2 read « moins de 3 », decided
// here so the page never receives the small number.
import { requireCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { parisMidnight } from '../../paris-time.ts';
import { now } from '../clock.ts';
import { AppError } from '../errors.ts';
import { daysBetween, isReportDay } from '../../validation/reports.ts';
import { addDays } from '../../validation/exchanges.ts';
import { MAP_MAX_SKILLS } from '../../validation/skills-map.ts';
import { eventFigures, mapNames, memberFigures, postFigures, type MapFilters } from './map-queries.ts';

export type MapFigures = { sharers: number; learners: number; offers: number; requests: number; held: number };
export type MapRow = MapFigures & { id: string; name: string; gap: boolean };
export type ThemeRow = MapRow & { archived: boolean; skills: MapRow[] };
export type SkillsMap = { themes: ThemeRow[]; skills: (MapRow & { theme: string })[]; truncated: boolean };

const NONE: MapFigures = { sharers: 0, learners: 0, offers: 0, requests: 0, held: 0 };

/** Wished by someone, shared by nobody: what the network lacks. */
export const isGap = (f: MapFigures) => f.learners > 0 && f.sharers === 0;
const hasAny = (f: MapFigures) => f.sharers + f.learners + f.offers + f.requests + f.held > 0;

/** Gaps first (the most wished first), then the most wished, the most shared, then by name. */
export function byGapsFirst(a: MapRow, b: MapRow): number {
	return (
		Number(b.gap) - Number(a.gap) ||
		b.learners - a.learners ||
		b.sharers - a.sharers ||
		a.name.localeCompare(b.name, 'fr')
	);
}

/** A period of Paris calendar days (both included) as instants; refused when it ends before it starts. */
export function periodOf(from?: string, to?: string): { start?: Date; end?: Date } {
	if ((from && !isReportDay(from)) || (to && !isReportDay(to))) throw new AppError('invalid_input', from ? 'du' : 'au');
	if (from && to && daysBetween(from, to) < 0) throw new AppError('map_period_order', 'au');
	return { start: from ? parisMidnight(from) : undefined, end: to ? parisMidnight(addDays(to, 1)) : undefined };
}

async function buildMap(networkId: string, filters: MapFilters): Promise<SkillsMap> {
	const at = now();
	const [names, members, posts, events] = await Promise.all([
		mapNames(networkId),
		memberFigures(networkId, filters),
		postFigures(networkId, at, filters),
		eventFigures(networkId, at, filters)
	]);
	const figuresOf = (key: string): MapFigures => ({
		...NONE,
		...members.get(key),
		...posts.get(key),
		...events.get(key)
	});
	const themes = new Map<string, ThemeRow>();
	for (const row of names) {
		let theme = themes.get(row.theme_id);
		if (!theme) {
			const figures = figuresOf(`theme:${row.theme_id}`);
			theme = {
				id: row.theme_id,
				name: row.theme,
				archived: row.archived,
				...figures,
				gap: isGap(figures),
				skills: []
			};
			themes.set(row.theme_id, theme);
		}
		if (!row.skill_id || !row.skill) continue;
		const figures = figuresOf(`skill:${row.skill_id}`);
		if (hasAny(figures)) theme.skills.push({ id: row.skill_id, name: row.skill, ...figures, gap: isGap(figures) });
	}
	// An archived theme with nothing in it is of no use on the map.
	const list = [...themes.values()].filter((t) => !t.archived || hasAny(t)).sort(byGapsFirst);
	for (const theme of list) theme.skills.sort(byGapsFirst);
	const skills = list.flatMap((t) => t.skills.map((s) => ({ ...s, theme: t.name }))).sort(byGapsFirst);
	return { themes: list, skills: skills.slice(0, MAP_MAX_SKILLS), truncated: skills.length > MAP_MAX_SKILLS };
}

/** The coordinators' map, filtered by neighbourhood and period (Paris days, YYYY-MM-DD). */
export async function coordinatorSkillsMap(options: {
	actor: Actor | null;
	networkId: string;
	neighbourhood?: string;
	from?: string;
	to?: string;
}): Promise<SkillsMap> {
	requireCoordinator(options.actor, options.networkId);
	const period = periodOf(options.from, options.to);
	return buildMap(options.networkId, { neighbourhood: options.neighbourhood || undefined, ...period });
}

/** A figure as members see it: exact from 3, « moins de 3 » for 1 and 2, 0 as nobody. */
export type Shown = number | 'few';
export const SMALL_COUNT = 3;
export const shown = (n: number): Shown => (n > 0 && n < SMALL_COUNT ? 'few' : n);

export type MemberMapRow = {
	id: string;
	name: string;
	gap: boolean;
	sharers: Shown;
	learners: Shown;
	offers: number;
	requests: number;
};

function forMembers(row: MapRow): MemberMapRow {
	// Posts are public to the network already (each is listed): their counts stay exact.
	return {
		id: row.id,
		name: row.name,
		gap: row.gap,
		sharers: shown(row.sharers),
		learners: shown(row.learners),
		offers: row.offers,
		requests: row.requests
	};
}

// The members' map is read by many and changes slowly: each app process keeps it MEMBERS_MAP_TTL_MS per network
// (the coordinators' map is always fresh). On the generated city the map costs a few hundred milliseconds.
const MEMBERS_MAP_TTL_MS = 5 * 60 * 1000;
const membersMaps = new Map<string, { until: number; map: Promise<SkillsMap> }>();

function cachedMap(networkId: string): Promise<SkillsMap> {
	const at = now().getTime();
	const cached = membersMaps.get(networkId);
	if (cached && cached.until > at && cached.until - at <= MEMBERS_MAP_TTL_MS) return cached.map;
	const map = buildMap(networkId, {});
	membersMaps.set(networkId, { until: at + MEMBERS_MAP_TTL_MS, map });
	map.catch(() => membersMaps.delete(networkId));
	return map;
}

/** The members' map: no filter, small counts of people hidden, only what has at least one member or post. */
export async function membersSkillsMap(options: { actor: Actor | null; networkId: string }) {
	requireMember(options.actor, options.networkId);
	const map = await cachedMap(options.networkId);
	const people = (r: MapRow) => r.sharers + r.learners + r.offers + r.requests > 0;
	return {
		themes: map.themes
			.filter(people)
			.map((t) => ({ ...forMembers(t), skills: t.skills.filter(people).map(forMembers) })),
		skills: map.skills.filter(people).map((s) => ({ ...forMembers(s), theme: s.theme }))
	};
}
