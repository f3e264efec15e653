// The choices of the search filters: the network's themes and the neighbourhoods its members gave, both kept in
// memory per network so that a search page costs no query for them.
import { sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';

const MAX_NEIGHBOURHOODS = 200;
// Counting the neighbourhoods of 20 000 profiles takes ~20 ms: too much for every search. A list a few minutes
// old is fine for a filter (a new neighbourhood shows up later), and each app process keeps its own.
const NEIGHBOURHOODS_TTL_MS = 5 * 60 * 1000;
const cache = new Map<string, { until: number; names: string[] }>();

async function neighbourhoodsOf(networkId: string): Promise<string[]> {
	const at = now().getTime();
	const cached = cache.get(networkId);
	if (cached && cached.until > at && cached.until - at <= NEIGHBOURHOODS_TTL_MS) return cached.names;
	const rows = await sqlRows<{ name: string }>(
		db(),
		sql`select (array_agg(neighbourhood order by n desc))[1] as name from (
				select neighbourhood, count(*) as n from profiles
				where network_id = ${networkId} and neighbourhood <> ''
				group by neighbourhood
			) spelled
			group by name_key(neighbourhood) order by 1 limit ${MAX_NEIGHBOURHOODS}`
	);
	const names = rows.map((r) => r.name);
	cache.set(networkId, { until: at + NEIGHBOURHOODS_TTL_MS, names });
	return names;
}

// The themes change only through skills/manage-themes.ts, which forgets them here at once (rename, add, archive).
// Other app processes, if any, see the change within THEMES_TTL_MS.
const THEMES_TTL_MS = 60 * 1000;
type Theme = { id: string; name: string };
const themesCache = new Map<string, { until: number; themes: Theme[] }>();
// Bumped by every change: a read that began before a change must not keep its (older) answer.
let themesGeneration = 0;

async function themesOf(networkId: string): Promise<Theme[]> {
	const at = now().getTime();
	const cached = themesCache.get(networkId);
	if (cached && cached.until > at && cached.until - at <= THEMES_TTL_MS) return cached.themes;
	const generation = themesGeneration;
	const themes = await sqlRows<Theme>(
		db(),
		sql`select id, name from themes where network_id = ${networkId} and archived_at is null
			order by position, name`
	);
	if (generation === themesGeneration) themesCache.set(networkId, { until: at + THEMES_TTL_MS, themes });
	return themes;
}

/** Called when a network's themes change: the next search page reads them again. */
export function forgetSearchOptions(networkId: string): void {
	themesGeneration++;
	themesCache.delete(networkId);
}

export async function searchOptions(options: { actor: Actor | null; networkId: string }) {
	requireMember(options.actor, options.networkId);
	// Neighbourhoods as typed by members, one per spelling up to case and accents (the most used spelling).
	const [themes, neighbourhoods] = await Promise.all([
		themesOf(options.networkId),
		neighbourhoodsOf(options.networkId)
	]);
	return { themes, neighbourhoods };
}
