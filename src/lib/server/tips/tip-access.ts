// What the tip use cases share: finding a tip inside one network (another network's tip does not exist here),
// who may manage it, and the checks on its dates that need the clock.
import { and, eq } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import type { Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { tips } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { TIP_MAX_DAYS_AHEAD } from '../../limits.ts';
import { addParisDays, parisDate } from '../../paris-time.ts';
import type { TipInput } from '../../validation/tips.ts';

export type TipRow = typeof tips.$inferSelect;
export type TipContent = TipInput;
/** Board pages hold this many tips. */
export const TIP_PAGE_SIZE = 20;

/** The tip if it belongs to this network; an id that is not even a UUID (a typed URL) finds nothing. */
export async function findTipInNetwork(q: Queryable, networkId: string, tipId: string): Promise<TipRow | undefined> {
	if (!isUuid(tipId)) return undefined;
	const [tip] = await q
		.select()
		.from(tips)
		.where(and(eq(tips.id, tipId), eq(tips.networkId, networkId)));
	return tip;
}

export function canManageTip(actor: Actor | null, networkId: string, tip: { authorAccountId: string }): boolean {
	return actor?.accountId === tip.authorAccountId || isCoordinator(actor, networkId);
}

/** The tip, for its author or a coordinator of its network; `not_found` outside the network, else `forbidden`. */
export async function loadManageableTip(
	q: Queryable,
	options: { actor: Actor | null; networkId: string; tipId: string }
) {
	const account = requireMember(options.actor, options.networkId);
	const tip = await findTipInNetwork(q, options.networkId, options.tipId);
	if (!tip) throw new AppError('not_found');
	if (!canManageTip(account, options.networkId, tip)) throw new AppError('forbidden');
	return { account, tip };
}

/**
 * An end date must be today or later (a tip about yesterday is not news) and within TIP_MAX_DAYS_AHEAD; the
 * order of the two dates is the form's check (and the table's).
 */
export function checkTipDates(content: Pick<TipContent, 'endsOn'>, at: Date): void {
	if (!content.endsOn) return;
	if (content.endsOn < parisDate(at)) throw new AppError('tip_end_past', 'endsOn');
	if (content.endsOn > parisDate(addParisDays(at, TIP_MAX_DAYS_AHEAD))) {
		throw new AppError('tip_end_too_far', 'endsOn', { days: String(TIP_MAX_DAYS_AHEAD) });
	}
}

/** The columns written from the form. */
export function contentColumns(content: TipContent) {
	return {
		title: content.title,
		body: content.body,
		theme: content.theme,
		link: content.link,
		place: content.place,
		startsOn: content.startsOn,
		endsOn: content.endsOn,
		isPublic: content.isPublic
	};
}
