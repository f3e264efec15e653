// When a tip is published, the network's members who asked for tips by email or in the daily digest (their
// preference for the kind `tip`) are told; with the default (`app`) nobody is: the board is where one looks
// (decision 033). Run as a job queued with the tip; people are taken in batches (jobs/batches.ts), one short
// transaction each, and a person already told about this tip is skipped, so a retried job tells nobody twice.
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { tips } from '../db/schema/index.ts';
import { inBatches } from '../jobs/batches.ts';
import { notify } from '../notifications/notify.ts';

/** At most this many people are told about one tip (a very large network's readers wait for the board). */
const MAX_READERS = 2000;

/** Returns how many people were told this time. */
export async function notifyTipReaders(tipId: string): Promise<number> {
	if (!isUuid(tipId)) return 0;
	const [tip] = await db()
		.select({ id: tips.id, networkId: tips.networkId, authorAccountId: tips.authorAccountId, title: tips.title })
		.from(tips)
		.where(and(eq(tips.id, tipId), isNull(tips.hiddenAt), gt(tips.expiresAt, now())));
	if (!tip) return 0;
	const link = `/bons-plans/${tip.id}`;
	return inBatches(MAX_READERS, (size) =>
		db().transaction(async (tx) => {
			const readers = await sqlRows<{ account_id: string }>(
				tx,
				sql`select p.account_id from notification_preferences p
					join memberships m on m.account_id = p.account_id and m.network_id = ${tip.networkId}
					where p.kind = 'tip' and p.delivery in ('digest', 'email') and m.status = 'active'
						and p.account_id <> ${tip.authorAccountId}
						and not exists (select 1 from notifications n
							where n.account_id = p.account_id and n.kind = 'tip' and n.link = ${link})
					order by p.account_id
					limit ${size}`
			);
			let told = 0;
			for (const reader of readers) {
				const written = await notify(tx, {
					networkId: tip.networkId,
					accountId: reader.account_id,
					kind: 'tip',
					params: { what: 'published', title: tip.title },
					link
				});
				if (written) told++;
			}
			// Someone not told (the network was suspended meanwhile) would be picked again: stop there instead.
			return told;
		})
	);
}
