// The coordinators' map as a CSV file (decision 034): one line per theme, then one per skill, with the same figures
// and filters as the page; headers in the request's language.
import { m } from '#lib/paraglide/messages.js';
import { toCsv } from './csv.ts';
import { coordinatorSkillsMap } from './skills-map.ts';

export async function skillsMapCsv(options: Parameters<typeof coordinatorSkillsMap>[0]): Promise<string> {
	const map = await coordinatorSkillsMap(options);
	const yesNo = (gap: boolean) => (gap ? m.smap_csv_yes() : m.smap_csv_no());
	const header = [
		m.smap_csv_level(),
		m.smap_col_theme(),
		m.smap_col_skill(),
		m.smap_col_sharers(),
		m.smap_col_learners(),
		m.smap_col_offers(),
		m.smap_col_requests(),
		m.smap_col_held(),
		m.smap_csv_gap()
	];
	const figures = (r: {
		sharers: number;
		learners: number;
		offers: number;
		requests: number;
		held: number;
		gap: boolean;
	}) => [r.sharers, r.learners, r.offers, r.requests, r.held, yesNo(r.gap)];
	return toCsv([
		header,
		...map.themes.map((t) => [m.smap_csv_theme(), t.name, '', ...figures(t)]),
		...map.skills.map((s) => [m.smap_csv_skill(), s.theme, s.name, ...figures(s)])
	]);
}
