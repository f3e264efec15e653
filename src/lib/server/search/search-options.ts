// The choices of the search filters: the network's themes and the neighbourhoods its members gave.
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
	const cached = cache.get(networkId);
	if (cached && cached.until > now().getTime()) return cached.names;
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
	cache.set(networkId, { until: now().getTime() + NEIGHBOURHOODS_TTL_MS, names });
	return names;
}

export async function searchOptions(options: { actor: Actor | null; networkId: string }) {
	requireMember(options.actor, options.networkId);
	const themes = await sqlRows<{ id: string; name: string }>(
		db(),
		sql`select id, name from themes where network_id = ${options.networkId} and archived_at is null
			order by position, name`
	);
	// Neighbourhoods as typed by members, one per spelling up to case and accents (the most used spelling).
	return { themes, neighbourhoods: await neighbourhoodsOf(options.networkId) };
}
