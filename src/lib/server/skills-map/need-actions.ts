// What coordinators did about an unmet need (decision 034): recorded with who and when, shown beside the need.
import { sql } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { unmetNeedActions } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { NEED_KEY, type NeedAction } from '../../unmet-need-options.ts';
import type { DoneAction } from './unmet-needs.ts';

/** The actions on these needs, newest first, keyed by need. */
export async function actionsOn(networkId: string, keys: string[]): Promise<Map<string, DoneAction[]>> {
	const out = new Map<string, DoneAction[]>();
	if (keys.length === 0) return out;
	const rows = await sqlRows<{
		id: string;
		need_key: string;
		kind: NeedAction;
		note: string;
		by: string | null;
		at: Date | string;
	}>(
		db(),
		sql`select u.id, u.need_key, u.kind, u.note, a.name as by, u.at
			from unmet_need_actions u left join accounts a on a.id = u.by_account_id
			where u.network_id = ${networkId} and u.need_key = any(${`{${keys.join(',')}}`}::text[])
			order by u.at desc, u.id`
	);
	for (const row of rows) {
		const list = out.get(row.need_key) ?? [];
		list.push({ id: row.id, kind: row.kind, note: row.note, by: row.by, at: new Date(row.at) });
		out.set(row.need_key, list);
	}
	return out;
}

/** The need's request, skill or occurrence is this network's (the key comes from a form: it is checked). */
async function needExists(networkId: string, key: string): Promise<boolean> {
	if (!NEED_KEY.test(key)) return false;
	const [family, id] = key.split(':');
	const table = { request: 'posts', skill: 'skills', occurrence: 'event_occurrences' }[family];
	if (!table) return false;
	const kind = family === 'request' ? sql`and kind = 'request'` : sql``;
	const rows = await sqlRows<{ found: number }>(
		db(),
		sql`select 1 as found from ${sql.raw(table)} where id = ${id}::uuid and network_id = ${networkId} ${kind}`
	);
	return rows.length > 0;
}

export async function recordNeedAction(options: {
	actor: Actor | null;
	networkId: string;
	need: string;
	kind: NeedAction;
	note: string;
}) {
	const coordinator = requireCoordinator(options.actor, options.networkId);
	if (!(await needExists(options.networkId, options.need))) throw new AppError('need_unknown', 'need');
	const [row] = await db()
		.insert(unmetNeedActions)
		.values({
			networkId: options.networkId,
			needKey: options.need,
			kind: options.kind,
			note: options.note,
			byAccountId: coordinator.accountId,
			at: now()
		})
		.returning({ id: unmetNeedActions.id });
	return row;
}
