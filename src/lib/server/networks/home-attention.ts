// « Ce qui vous attend » (issue 14): what waits for the member on the home page, as counts each leading to the page
// where it is done. One round trip of indexed subqueries; the unread messages come from the navigation's count.
import { sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { countAwaitingMyAnswer } from '../exchanges/count-awaiting.ts';

export type HomeAttention = {
	/** Neighbours who answered one of the member's posts, not yet accepted. */
	answers: number;
	/** Introductions a coordinator made that include the member, not yet accepted. */
	introductions: number;
	/** Freed event places held for the member, to confirm before they expire. */
	offers: number;
	/** Recorded exchanges waiting for the member's answer. */
	exchanges: number;
};

export async function homeAttention(options: { actor: Actor | null; networkId: string }): Promise<HomeAttention> {
	const actor = requireMember(options.actor, options.networkId);
	const { networkId } = options;
	const at = now().toISOString();
	const [[row], exchanges] = await Promise.all([
		sqlRows<{ answers: number; introductions: number; offers: number }>(
			db(),
			sql`select
				(select count(*)::int from introduction_people ip join introductions i on i.id = ip.introduction_id
					where ip.account_id = ${actor.accountId} and ip.network_id = ${networkId} and ip.role = 'author'
						and i.origin = 'answer' and i.status = 'proposed') as answers,
				(select count(*)::int from introduction_people ip join introductions i on i.id = ip.introduction_id
					where ip.account_id = ${actor.accountId} and ip.network_id = ${networkId}
						and i.origin = 'coordinator' and i.status = 'proposed') as introductions,
				(select count(*)::int from event_registrations r
					where r.account_id = ${actor.accountId} and r.network_id = ${networkId} and r.status = 'offered'
						and r.offer_expires_at > ${at}::timestamptz) as offers`
		),
		countAwaitingMyAnswer({ actor, networkId })
	]);
	return { answers: row.answers, introductions: row.introductions, offers: row.offers, exchanges };
}
