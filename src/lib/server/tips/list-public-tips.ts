import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { networks, tips } from '../db/schema/index.ts';
import type { TipTheme } from '../../tip-options.ts';

/** The most tips the network's public page shows. */
const PUBLIC_TIPS = 30;

/**
 * The tips a network's public page may show (a later issue): live, not hidden, of an active network, whose author
 * ticked « peut être montré hors du réseau (sans mon nom) ». Nothing in them names or identifies the author: no
 * name, no account id, no dates of edits by whom.
 */
export async function listPublicTips(options: { networkId: string }) {
	const rows = await db()
		.select({
			id: tips.id,
			title: tips.title,
			body: tips.body,
			theme: tips.theme,
			link: tips.link,
			place: tips.place,
			startsOn: tips.startsOn,
			endsOn: tips.endsOn,
			publishedAt: tips.createdAt
		})
		.from(tips)
		.innerJoin(networks, and(eq(networks.id, tips.networkId), eq(networks.status, 'active')))
		.where(
			and(
				eq(tips.networkId, options.networkId),
				eq(tips.isPublic, true),
				isNull(tips.hiddenAt),
				gt(tips.expiresAt, now())
			)
		)
		.orderBy(desc(tips.createdAt), desc(tips.id))
		.limit(PUBLIC_TIPS);
	return rows.map((row) => ({ ...row, theme: row.theme as TipTheme }));
}
